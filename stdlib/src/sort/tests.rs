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

fn ids(mut items: Vec<(i64, i64)>, is_stable: bool) -> Vec<i64> {
    let n = items.len();
    let mut data = SliceBy { data: &mut items, less: |a: &(i64, i64), b: &(i64, i64)| a.0 < b.0 };
    if is_stable {
        stable(&mut data, n);
    } else {
        sort(&mut data, n);
    }
    items.iter().map(|it| it.1).collect()
}

#[test]
fn matches_go_table() {
    for row in rows(include_str!("testdata/sort.out")) {
        match row[0] {
            "slice" => {
                let items: Vec<(i64, i64)> = parse_list(row[1]).into_iter().zip(0..).collect();
                assert_eq!(ids(items.clone(), false), parse_list(row[2]), "sort.Slice of keys {}", row[1]);
                assert_eq!(ids(items, true), parse_list(row[3]), "sort.SliceStable of keys {}", row[1]);
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
