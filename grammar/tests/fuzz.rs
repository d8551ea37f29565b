//! A deterministic fuzz of the front end: token soups and mutated test
//! programs (random tokens deleted, duplicated or inserted) must never
//! panic or hang the lexer or the parser, whatever they contain.

use std::time::{Duration, Instant};

/// A small linear congruential generator: the same cases on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

const VOCABULARY: &[&str] = &[
    "package", "main", "func", "f", "(", ")", "{", "}", "[", "]", "x", "y", ":=", "=", ",", ";", "\n", "if", "else",
    "for", "range", "switch", "case", "default", ":", "select", "go", "defer", "return", "break", "continue", "var",
    "const", "type", "struct", "interface", "map", "chan", "<-", "*", "&", "+", "-", "!", "^", "...", ".", "1", "2.5",
    "'a'", "\"s\"", "`r`", "int", "string", "T", "goto", "fallthrough", "import", "~", "|", "&&", "||", "==", "++",
    "/*c*/", "//c\n", "0x", "'", "\"", "@",
];

fn check(src: &str) {
    let start = Instant::now();
    let _ = minigo_grammar::parse_file(src);
    let _ = minigo_grammar::tokenize(src);
    let _ = minigo_grammar::is_incomplete(src);
    assert!(start.elapsed() < Duration::from_secs(5), "too slow on {src:?}");
}

#[test]
fn token_soup_never_panics() {
    let mut rng = Lcg(1);
    for _ in 0..10000 {
        let len = rng.next(60);
        let mut src = String::from("package main\n");
        for _ in 0..len {
            src.push_str(VOCABULARY[rng.next(VOCABULARY.len())]);
            src.push(' ');
        }
        check(&src);
    }
}

#[test]
fn mutated_programs_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/parse");
    let mut rng = Lcg(7);
    for entry in std::fs::read_dir(dir).unwrap() {
        let src = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let (tokens, _) = minigo_grammar::tokenize(&src);
        let pieces: Vec<&str> = tokens.iter().map(|(_, span)| &src[span.range()]).collect();
        for _ in 0..400 {
            let mut mutated: Vec<&str> = pieces.clone();
            for _ in 0..1 + rng.next(3) {
                let at = rng.next(mutated.len());
                match rng.next(3) {
                    0 => {
                        mutated.remove(at);
                    }
                    1 => mutated.insert(at, mutated[at]),
                    _ => mutated.insert(at, VOCABULARY[rng.next(VOCABULARY.len())]),
                }
            }
            check(&mutated.join(" "));
        }
    }
}
