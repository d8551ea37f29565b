//! utf8 against the table `testdata/utf8.out` printed by real Go (`testdata/gen.go`).
use super::*;
use crate::golden::{rows, unhex};

#[test]
fn matches_go_table() {
    for row in rows(include_str!("testdata/utf8.out")) {
        if row[0] == "len" {
            let r: i64 = row[1].parse().unwrap();
            assert_eq!(rune_len(r), row[2].parse::<i64>().unwrap(), "RuneLen({r})");
            let mut enc = Vec::new();
            encode_rune(&mut enc, r);
            assert_eq!(enc, unhex(row[3]), "string(rune({r}))");
            continue;
        }
        let s = unhex(row[0]);
        let (r, w) = decode_rune(&s);
        assert_eq!((r.to_string(), w.to_string()), (row[1].to_string(), row[2].to_string()), "decode {}", row[0]);
        let (r, w) = decode_last_rune(&s);
        assert_eq!((r.to_string(), w.to_string()), (row[3].to_string(), row[4].to_string()), "decode last {}", row[0]);
        assert_eq!(rune_count(&s).to_string(), row[5], "count {}", row[0]);
        assert_eq!(valid(&s).to_string(), row[6], "valid {}", row[0]);
    }
}
