//! strconv against `testdata/strconv.out`, printed by real Go (`testdata/gen.go`).
use super::*;
use crate::golden::{rows, unhex};

fn err_text(e: Option<&NumError>) -> String {
    e.map_or("<nil>".to_string(), |e| String::from_utf8(e.message()).unwrap())
}

#[test]
fn matches_go_table() {
    check_table(include_str!("testdata/strconv.out"));
}

/// Random floats of both sizes in every format, precision and bit size, and
/// ParseFloat of the results and of random spellings (`testdata/grid.out`
/// from `testdata/gen_grid.go`).
#[test]
fn matches_go_random_grid() {
    check_table(include_str!("testdata/grid.out"));
}

fn check_table(table: &str) {
    let mut failures = Vec::new();
    let mut check = |what: String, got: String, want: &str| {
        if got != want {
            failures.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    };
    for row in rows(table) {
        match row[0] {
            "ff" => {
                let f = f64::from_bits(u64::from_str_radix(row[1], 16).unwrap());
                let (c, p, bits) = (row[2].as_bytes()[0], row[3].parse().unwrap(), row[4].parse().unwrap());
                check(format!("FormatFloat({f:e}, {}, {p}, {bits})", row[2]), format_float(f, c, p, bits), row[5]);
            }
            "pf" => {
                let s = unhex(row[1]);
                let r = parse_float(&s, row[2].parse().unwrap());
                let (v, e) = match &r {
                    Ok(v) => (*v, None),
                    Err((v, e)) => (*v, Some(e)),
                };
                let got = format!("{:x}\t{}", v.to_bits(), err_text(e));
                check(format!("ParseFloat({:?}, {})", String::from_utf8_lossy(&s), row[2]), got, &format!("{}\t{}", row[3], row[4]));
            }
            "pi" => {
                let s = unhex(row[1]);
                let (base, bits) = (row[2].parse().unwrap(), row[3].parse().unwrap());
                let (i, e) = match parse_int(&s, base, bits) {
                    Ok(v) => (v, None),
                    Err((v, e)) => (v, Some(e)),
                };
                let (u, ue) = match parse_uint(&s, base, bits) {
                    Ok(v) => (v, None),
                    Err((v, e)) => (v, Some(e)),
                };
                let got = format!("{i}\t{}\t{u}\t{}", err_text(e.as_ref()), err_text(ue.as_ref()));
                check(format!("ParseInt({:?}, {base}, {bits})", String::from_utf8_lossy(&s)), got, &row[4..].join("\t"));
            }
            "atoi" => {
                let s = unhex(row[1]);
                let got = match atoi(&s) {
                    Ok(v) => format!("{v}\t<nil>"),
                    Err((v, e)) => format!("{v}\t{}", err_text(Some(&e))),
                };
                check(format!("Atoi({:?})", String::from_utf8_lossy(&s)), got, &row[2..].join("\t"));
            }
            "pb" => {
                let s = unhex(row[1]);
                let got = match parse_bool(&s) {
                    Ok(v) => format!("{v}\t<nil>"),
                    Err(e) => format!("false\t{}", err_text(Some(&e))),
                };
                check(format!("ParseBool({:?})", String::from_utf8_lossy(&s)), got, &row[2..].join("\t"));
            }
            "fi" => {
                let (i, base) = (row[1].parse().unwrap(), row[2].parse().unwrap());
                check(format!("FormatInt({i}, {base})"), format_int(i, base), row[3]);
            }
            "q" => {
                let s = unhex(row[1]);
                check(format!("Quote({:?})", String::from_utf8_lossy(&s)), hex(&quote(&s)), row[2]);
                let mut ascii = Vec::new();
                append_quote_with(&mut ascii, &s, b'"', true, false);
                check(format!("QuoteToASCII({:?})", String::from_utf8_lossy(&s)), hex(&ascii), row[3]);
            }
            "qg" => {
                let s = unhex(row[1]);
                let mut graphic = Vec::new();
                append_quote_with(&mut graphic, &s, b'"', false, true);
                check(format!("QuoteToGraphic({:?})", String::from_utf8_lossy(&s)), hex(&graphic), row[2]);
            }
            "qr" => {
                let r: i64 = row[1].parse().unwrap();
                check(format!("QuoteRune({r})"), hex(&quote_rune(r)), row[2]);
            }
            other => panic!("unknown row kind {other}"),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

/// Pseudo-random floats (`testdata/random.out` from `testdata/gen_random.go`):
/// shortest and fixed formatting in both sizes, and correctly rounded parsing.
#[test]
fn matches_go_on_random_floats() {
    let mut failures = Vec::new();
    for row in rows(include_str!("testdata/random.out")) {
        if row[0] == "parse" {
            let s = row[1].as_bytes();
            let bits = |r: Result<f64, (f64, NumError)>| match r {
                Ok(v) => format!("{:x}\tfalse", v.to_bits()),
                Err((v, _)) => format!("{:x}\ttrue", v.to_bits()),
            };
            let got = format!("{}\t{}", bits(parse_float(s, 64)), bits(parse_float(s, 32)));
            if got != row[2..].join("\t") {
                failures.push(format!("ParseFloat({}): got {got}, want {}", row[1], row[2..].join("\t")));
            }
            continue;
        }
        let f = f64::from_bits(u64::from_str_radix(row[0], 16).unwrap());
        let f32v = f as f32 as f64;
        let got = [
            format_float(f, b'g', -1, 64),
            format_float(f, b'e', 17, 64),
            format_float(f, b'f', 3, 64),
            format_float(f32v, b'g', -1, 32),
            format_float(f32v, b'e', 8, 32),
            format_float(f, b'g', 10, 64),
        ];
        for (i, g) in got.iter().enumerate() {
            if g != row[i + 1] {
                failures.push(format!("{} column {}: got {g}, want {}", row[0], i + 1, row[i + 1]));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}

#[test]
fn format_decimal_matches_go_for_edge_values() {
    for i in [0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765, i64::MAX, i64::MIN, i64::MIN + 1, 1 << 40] {
        let mut buf = [0u8; 20];
        assert_eq!(format_decimal(i, &mut buf), i.to_string().as_bytes(), "{i}");
    }
}

/// `is_print` and `is_graphic` at every code point, against the points where
/// Go's `IsPrint`/`IsGraphic` change value (`testdata/isprint.out` from
/// `testdata/gen_isprint.go`).
#[test]
fn printability_matches_go_at_every_code_point() {
    for (name, is) in [("print", is_print as fn(u32) -> bool), ("graphic", is_graphic)] {
        let changes: Vec<(u32, bool)> = rows(include_str!("testdata/isprint.out"))
            .into_iter()
            .filter(|row| row[0] == name)
            .map(|row| (u32::from_str_radix(row[1], 16).unwrap(), row[2] == "true"))
            .collect();
        assert!(changes.len() > 100);
        let mut expected = false;
        let mut next = changes.iter().peekable();
        for r in 0..=0x10FFFF {
            if let Some(&&(at, v)) = next.peek() {
                if at == r {
                    expected = v;
                    next.next();
                }
            }
            assert_eq!(is(r), expected, "Is{name}(U+{r:04X})");
        }
    }
}
