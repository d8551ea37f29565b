//! strings against `testdata/strings.out`, printed by real Go (`testdata/gen.go`).
use super::*;
use crate::golden::{rows, unhex};

fn list(xs: &[Vec<u8>]) -> String {
    let parts: Vec<String> = xs.iter().map(|x| hex(x)).collect();
    format!("{}:{}", xs.len(), parts.join("|"))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn matches_go_table() {
    let mut failures = Vec::new();
    for row in rows(include_str!("testdata/strings.out")) {
        let args: Vec<&str> = row[1].split('|').collect();
        let s = unhex(args[0]);
        let arg = |i: usize| unhex(args[i]);
        let num = |i: usize| args[i].parse::<i64>().unwrap();
        let got = match row[0] {
            "fields" => list(&fields(&s)),
            "upper" => hex(&to_upper(&s)),
            "lower" => hex(&to_lower(&s)),
            "trimspace" => hex(trim_space(&s)),
            "index" => index(&s, &arg(1)).to_string(),
            "lastindex" => last_index(&s, &arg(1)).to_string(),
            "count" => count(&s, &arg(1)).to_string(),
            "contains" => contains(&s, &arg(1)).to_string(),
            "prefix" => has_prefix(&s, &arg(1)).to_string(),
            "suffix" => has_suffix(&s, &arg(1)).to_string(),
            "split" => list(&split(&s, &arg(1))),
            "splitn" => list(&split_n(&s, &arg(1), num(2))),
            "replace" => hex(&replace(&s, &arg(1), b"<>", num(2))),
            "trim" => hex(trim(&s, &arg(1))),
            "trimleft" => hex(trim_left(&s, &arg(1))),
            "trimright" => hex(trim_right(&s, &arg(1))),
            "trimprefix" => hex(trim_prefix(&s, &arg(1))),
            "trimsuffix" => hex(trim_suffix(&s, &arg(1))),
            "join" => hex(&join(&split(&s, b","), &arg(1))),
            "containsrune" => contains_rune(&s, num(1)).to_string(),
            "repeat" => hex(&repeat(&s, num(1)).unwrap()),
            "indexbyte" => index_byte(&s, b'l').to_string(),
            "equalfold" => equal_fold(&s, &arg(1)).to_string(),
            other => panic!("unknown row kind {other}"),
        };
        if got != row[2] {
            failures.push(format!("{}({}): got {got}, want {}", row[0], row[1], row[2]));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}

#[test]
fn repeat_panics_like_go() {
    assert_eq!(repeat(b"x", -1), Err("strings: negative Repeat count"));
    assert_eq!(repeat(b"xy", i64::MAX), Err("strings: Repeat output length overflow"));
    assert_eq!(repeat(b"", -1), Err("strings: negative Repeat count"));
}
