//! Rune and interpreted-string literals against `testdata/literals.out`:
//! 3000 random literals with good and bad escapes, checked by the real Go
//! compiler (`testdata/literals_gen.go`): the first error's offset and
//! message, or the decoded value.

use minigo_grammar::token::Token;
use minigo_grammar::tokenize;

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect()
}

#[test]
fn literals_decode_and_fail_as_go_compiles_them() {
    let table = include_str!("testdata/literals.out");
    let mut failures = Vec::new();
    for line in table.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let lit = String::from_utf8(unhex(cols[0])).unwrap();
        let (tokens, diagnostics) = tokenize(&format!("{lit}\n"));
        let value = match tokens.first().map(|t| &t.0) {
            Some(Token::Rune(c)) => c.to_string(),
            Some(Token::Str(bytes)) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
            other => format!("{other:?}"),
        };
        let got = match diagnostics.iter().find(|d| (d.span.start as usize) < lit.len()) {
            Some(d) => format!("{}\t{}\t", d.span.start, d.message),
            None => format!("-1\t\t{value}"),
        };
        let want = cols[1..].join("\t");
        if got != want {
            failures.push(format!("{lit}: got {got:?}, want {want:?}"));
        }
    }
    assert!(table.lines().count() > 1000);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}
