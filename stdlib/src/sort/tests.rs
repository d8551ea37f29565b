//! sort against `testdata/sort.out`, printed by real Go (`testdata/gen.go`):
//! the exact permutations sort.Slice and sort.SliceStable leave equal keys in.
use super::*;
use crate::golden::rows;

fn parse_list(s: &str) -> Vec<i64> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',').map(|x| x.parse().unwrap()).collect()
}

/// The original positions of `keys` after sorting them by key.
fn order(keys: &[i64], is_stable: bool) -> Vec<i64> {
    let mut items: Vec<(i64, i64)> = keys.iter().copied().zip(0..).collect();
    if is_stable {
        stable(&mut items, |a, b| a.0 < b.0);
    } else {
        unstable(&mut items, |a, b| a.0 < b.0);
    }
    items.iter().map(|it| it.1).collect()
}

#[test]
fn matches_go_table() {
    for row in rows(include_str!("testdata/sort.out")) {
        match row[0] {
            "slice" => {
                let keys = parse_list(row[2]);
                assert_eq!(order(&keys, false), parse_list(row[3]), "sort.Slice of {} keys {}", row[1], row[2]);
                assert_eq!(order(&keys, true), parse_list(row[4]), "sort.SliceStable of {} keys {}", row[1], row[2]);
            }
            "float64s" => {
                let parse = |list: &str| -> Vec<f64> {
                    list.trim_matches(|c| c == '[' || c == ']').split(' ').map(|x| if x == "NaN" { f64::NAN } else { x.parse().unwrap() }).collect()
                };
                let mut fl = parse(row[1]);
                float64s(&mut fl);
                let shown: Vec<String> = fl.iter().map(|f| crate::strconv::format_float(*f, b'g', -1, 64)).collect();
                assert_eq!(format!("[{}]", shown.join(" ")), row[2], "Float64s of {}", row[1]);
            }
            "floats" => {
                let mut fl = [3.0, f64::NAN, -1.0, -0.0, 0.0, f64::INFINITY, 2.0, f64::NEG_INFINITY, 0.0, -0.0, 1.0, f64::NAN, -5.0, 0.5, 7.0, 7.0, 0.0];
                float64s(&mut fl);
                let shown: Vec<String> = fl.iter().map(|f| crate::strconv::format_float(*f, b'g', -1, 64)).collect();
                assert_eq!(format!("[{}]", shown.join(" ")), row[1]);
            }
            "search" => {
                let x: i64 = row[1].parse().unwrap();
                assert_eq!(search_ints(&[1, 3, 3, 5, 9], x).to_string(), row[2], "SearchInts({x})");
            }
            other => panic!("unknown row kind {other}"),
        }
    }
}

