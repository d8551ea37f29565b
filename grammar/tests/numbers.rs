//! The number scanner against `testdata/numbers.out`: 8000 random
//! number-literal spellings scanned by Go's own `go/scanner`
//! (`testdata/numbers_gen.go`): the first token's kind and text, and the
//! first error's offset and message (the Go compiler reports the same).

use minigo_grammar::token::Token;
use minigo_grammar::tokenize;

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn number_literals_scan_as_go_scans_them() {
    let mut failures = Vec::new();
    let table = include_str!("testdata/numbers.out");
    for line in table.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let src = unhex(cols[0]);
        let (tokens, diagnostics) = tokenize(&format!("{src}\n"));
        let (kind, text) = match tokens.first().map(|t| &t.0) {
            Some(Token::Int(t)) => ("INT", t.clone()),
            Some(Token::Float(t)) => ("FLOAT", t.clone()),
            Some(Token::Imag(t)) => ("IMAG", t.clone()),
            other => ("?", format!("{other:?}")),
        };
        let first_error = diagnostics
            .iter()
            .find(|d| d.span.start as usize <= text.len())
            .map_or("-1\t".to_string(), |d| format!("{}\t{}", d.span.start, d.message));
        let got = format!("{kind}\t{text}\t{first_error}");
        let want = cols[1..].join("\t");
        if got != want {
            failures.push(format!("{src:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(table.lines().count() > 1000);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}
