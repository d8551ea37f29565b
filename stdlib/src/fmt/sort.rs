//! Owns the order in which fmt prints map entries: a port of Go's
//! `internal/fmtsort` (compare by kind; NaN first; nil before non-nil;
//! structs and arrays field by field; interfaces by type, then value),
//! applied with Go's stable sort. Must not know how maps are stored.

use super::operand::{Operand, Shape};
use std::cmp::Ordering;

/// Go's `fmtsort.compare`; values of different types compare as -1.
fn compare<V: Operand>(a: &V, b: &V) -> i32 {
    let (sa, sb) = (a.shape(), b.shape());
    let ord = |o: Option<Ordering>| match o {
        Some(Ordering::Less) => -1,
        Some(Ordering::Greater) => 1,
        _ => 0,
    };
    match (&sa, &sb) {
        (Shape::Int(x), Shape::Int(y)) => ord(x.partial_cmp(y)),
        (Shape::Uint(x), Shape::Uint(y)) => ord(x.partial_cmp(y)),
        (Shape::Str(x), Shape::Str(y)) => ord(x.partial_cmp(y)),
        (Shape::Float { v: x, .. }, Shape::Float { v: y, .. }) => match (x.is_nan(), y.is_nan()) {
            (true, true) => 0,
            (true, false) => -1,
            (false, true) => 1,
            _ => ord(x.partial_cmp(y)),
        },
        (Shape::Bool(x), Shape::Bool(y)) => ord(x.partial_cmp(y)),
        (Shape::Pointer { addr: x }, Shape::Pointer { addr: y }) | (Shape::Chan { addr: x }, Shape::Chan { addr: y }) => {
            ord(x.partial_cmp(y))
        }
        (Shape::Struct { fields }, Shape::Struct { .. }) => {
            if a.type_string() != b.type_string() {
                return -1;
            }
            for i in 0..*fields {
                let c = compare(&a.field(i).value, &b.field(i).value);
                if c != 0 {
                    return c;
                }
            }
            0
        }
        (Shape::List { len, .. }, Shape::List { .. }) => {
            for i in 0..*len {
                let c = compare(&a.index(i), &b.index(i));
                if c != 0 {
                    return c;
                }
            }
            0
        }
        (Shape::Interface(x), Shape::Interface(y)) => match (x, y) {
            (None, None) => 0,
            (None, Some(_)) => -1,
            (Some(_), None) => 1,
            (Some(x), Some(y)) => {
                let c = ord(type_address_order(x).partial_cmp(&type_address_order(y)));
                if c != 0 {
                    return c;
                }
                compare(x, y)
            }
        },
        _ => -1,
    }
}

/// The predeclared types in the order Go's linker lays out their descriptors.
const PREDECLARED_ORDER: [&str; 15] =
    ["string", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "int", "uint", "uintptr", "float32", "float64", "bool"];

/// Go orders interface keys of different dynamic types by the address of
/// their type descriptors. The linker puts unnamed composite types first
/// (sorted by type string), then the rest by descriptor size: named
/// non-struct types, the predeclared types in a fixed order, then named
/// structs. This key reproduces that layout (observed with Go 1.27).
fn type_address_order<V: Operand>(v: &V) -> (u8, usize, String) {
    let name = v.type_string();
    if let Some(i) = PREDECLARED_ORDER.iter().position(|p| *p == name) {
        return (2, i, String::new());
    }
    let named = name.starts_with(|c: char| c.is_alphabetic()) && name.contains('.') && !name.starts_with("map[") && !name.starts_with("func(");
    match (named, v.shape()) {
        (false, _) => (0, 0, name),
        (true, Shape::Struct { .. } | Shape::List { .. } | Shape::Map { .. }) => (3, 0, name),
        (true, _) => (1, 0, name),
    }
}

/// Map entries in the order Go's fmt prints them.
pub fn sort_map_entries<V: Operand>(mut entries: Vec<(V, V)>) -> Vec<(V, V)> {
    let n = entries.len();
    struct ByKey<'a, V>(&'a mut Vec<(V, V)>);
    impl<V: Operand> crate::sort::LessSwap for ByKey<'_, V> {
        fn less(&mut self, i: usize, j: usize) -> bool {
            compare(&self.0[i].0, &self.0[j].0) < 0
        }
        fn swap(&mut self, i: usize, j: usize) {
            self.0.swap(i, j);
        }
    }
    crate::sort::stable(&mut ByKey(&mut entries), n);
    entries
}
