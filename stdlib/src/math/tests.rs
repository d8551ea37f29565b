//! math against `testdata/math.out`, printed by real Go (`testdata/gen.go`);
//! results compared bit for bit (NaNs compare as NaN, whatever their payload).
use super::*;
use crate::golden::rows;

#[test]
fn matches_go_table() {
    check_table(include_str!("testdata/math.out"));
}

/// `Pow` over 20000 random bases and exponents of every kind
/// (`testdata/random.out` from `testdata/gen_random.go`), bit for bit.
#[test]
fn pow_matches_go_on_random_operands() {
    check_table(include_str!("testdata/random.out"));
}

fn check_table(table: &str) {
    let mut failures = Vec::new();
    for row in rows(table) {
        let bits = |s: &str| f64::from_bits(u64::from_str_radix(s, 16).unwrap());
        let (x, y) = (bits(row[1]), bits(row[2]));
        let got = match row[0] {
            "pow" => pow(x, y),
            "max" => max(x, y),
            "min" => min(x, y),
            "mod" => fmod(x, y),
            "abs" => abs(x),
            "sqrt" => sqrt(x),
            "floor" => floor(x),
            "ceil" => ceil(x),
            "nan" => nan(),
            "isinf" => {
                let got = format!("{} {} {}", is_inf(x, 0), is_inf(x, 1), is_inf(x, -1));
                if got != row[3] {
                    failures.push(format!("IsInf({x}): got {got}, want {}", row[3]));
                }
                continue;
            }
            other => panic!("unknown row kind {other}"),
        };
        let want = bits(row[3]);
        let same = if row[0] == "nan" { got.to_bits() == want.to_bits() } else { got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()) };
        if !same {
            failures.push(format!("{}({x:e}, {y:e}): got {got:e} ({:x}), want {want:e} ({})", row[0], got.to_bits(), row[3]));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}
