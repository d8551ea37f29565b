//! Owns the order in which fmt prints map entries, which Go documents as
//! sorted keys: numbers, strings and bools by value (NaN first), pointers and
//! channels by address, arrays and structs element by element, interfaces
//! nil first, then by dynamic type, then by value. Entries whose keys tie
//! keep the order they came in. Must not know how maps are stored.

use super::operand::{Operand, Shape};
use std::cmp::Ordering;

/// Map entries in the order Go's fmt prints them.
pub fn sort_map_entries<V: Operand>(mut entries: Vec<(V, V)>) -> Vec<(V, V)> {
    // `sort_by` is stable, as the ties between NaN keys need.
    entries.sort_by(|a, b| key_order(&a.0, &b.0));
    entries
}

/// How two keys of one map compare.
fn key_order<V: Operand>(a: &V, b: &V) -> Ordering {
    match (a.shape(), b.shape()) {
        (Shape::Int(x), Shape::Int(y)) => x.cmp(&y),
        (Shape::Uint(x), Shape::Uint(y)) => x.cmp(&y),
        (Shape::Str(x), Shape::Str(y)) => x.cmp(&y),
        (Shape::Bool(x), Shape::Bool(y)) => x.cmp(&y),
        (Shape::Float { v: x, .. }, Shape::Float { v: y, .. }) => {
            // NaNs tie with each other and go before every number.
            y.is_nan().cmp(&x.is_nan()).then_with(|| x.partial_cmp(&y).unwrap_or(Ordering::Equal))
        }
        (Shape::Pointer { addr: x }, Shape::Pointer { addr: y }) | (Shape::Chan { addr: x }, Shape::Chan { addr: y }) => x.cmp(&y),
        (Shape::Struct { fields }, Shape::Struct { .. }) if a.type_string() == b.type_string() => {
            (0..fields).map(|i| key_order(&a.field(i).value, &b.field(i).value)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        }
        (Shape::List { len, .. }, Shape::List { len: other_len, .. }) if len == other_len => {
            (0..len).map(|i| key_order(&a.index(i), &b.index(i))).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        }
        (Shape::Interface(x), Shape::Interface(y)) => match (x, y) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => type_rank(&x).cmp(&type_rank(&y)).then_with(|| key_order(&x, &y)),
        },
        // Keys of one map share a type (interfaces are ranked by type first),
        // so mixed shapes do not meet; ranking them keeps the order total.
        (sa, sb) => shape_rank(&sa).cmp(&shape_rank(&sb)).then_with(|| a.type_string().cmp(&b.type_string())),
    }
}

fn shape_rank<V>(s: &Shape<V>) -> u8 {
    match s {
        Shape::Nil => 0,
        Shape::Bool(_) => 1,
        Shape::Int(_) => 2,
        Shape::Uint(_) => 3,
        Shape::Float { .. } => 4,
        Shape::Str(_) => 5,
        Shape::List { .. } => 6,
        Shape::Map { .. } => 7,
        Shape::Struct { .. } => 8,
        Shape::Interface(_) => 9,
        Shape::Pointer { .. } => 10,
        Shape::Chan { .. } => 11,
        Shape::Func { .. } => 12,
    }
}

/// Predeclared type names, in the relative order Go 1.27 prints keys of
/// these dynamic types in a `map[any]…`.
const PREDECLARED_RANK: [&str; 15] =
    ["string", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "int", "uint", "uintptr", "float32", "float64", "bool"];

/// Where keys of `v`'s dynamic type go among an interface-keyed map's keys.
/// Go orders them by where the linker put each type's descriptor; what Go
/// 1.27 shows is four groups: unnamed composite types (by type name), then
/// named types that are not structs, arrays or maps (by name), then the
/// predeclared types in `PREDECLARED_RANK` order, then named structs, arrays
/// and maps (by name).
fn type_rank<V: Operand>(v: &V) -> (u8, usize, String) {
    let name = v.type_string();
    if let Some(at) = PREDECLARED_RANK.iter().position(|p| *p == name) {
        return (2, at, String::new());
    }
    let is_named = name.starts_with(char::is_alphabetic) && name.contains('.') && !name.starts_with("map[") && !name.starts_with("func(");
    if !is_named {
        return (0, 0, name);
    }
    match v.shape() {
        Shape::Struct { .. } | Shape::List { .. } | Shape::Map { .. } => (3, 0, name),
        _ => (1, 0, name),
    }
}
