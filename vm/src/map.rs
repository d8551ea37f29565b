//! Owns Go maps: entries in insertion order (the deterministic iteration order
//! minigo chooses), an index from key hash to entries, Go equality on keys
//! (interface keys, NaN keys never equal), deletion during range, clear.
//! Must not know instructions; nil-map and unhashable-key panics are the caller's.

use crate::bytecode::{Module, TypeId};
use crate::equal::{hash_value, values_equal};
use crate::heap::{Heap, Obj};
use crate::value::{ObjRef, Value};
use smallvec::SmallVec;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct MapObj {
    /// The map's type (for zero values of absent keys).
    pub ty: Option<TypeId>,
    /// Insertion-ordered entries; `None` marks a deleted entry.
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: HashMap<u64, SmallVec<[u32; 1]>>,
    pub len: usize,
}

impl MapObj {
    pub fn new(ty: TypeId) -> MapObj {
        MapObj { ty: Some(ty), ..MapObj::default() }
    }
}

/// A key whose dynamic type cannot be hashed.
#[derive(Debug, Clone, Copy)]
pub struct Unhashable(pub TypeId);

fn map_obj(heap: &Heap, m: ObjRef) -> &MapObj {
    match heap.get(m) {
        Obj::Map(mo) => mo,
        other => panic!("heap: expected a map, found {other:?}"),
    }
}
fn map_obj_mut(heap: &mut Heap, m: ObjRef) -> &mut MapObj {
    match heap.get_mut(m) {
        Obj::Map(mo) => mo,
        other => panic!("heap: expected a map, found {other:?}"),
    }
}

fn find(heap: &Heap, module: &Module, m: ObjRef, hash: u64, key: Value) -> Option<u32> {
    let mo = map_obj(heap, m);
    let bucket = mo.index.get(&hash)?;
    bucket.iter().copied().find(|&i| match &mo.entries[i as usize] {
        Some((k, _)) => values_equal(heap, module, *k, key).unwrap_or(false),
        None => false,
    })
}

/// `m[key]` (None if absent).
pub fn map_get(heap: &Heap, module: &Module, m: ObjRef, key: Value) -> Result<Option<Value>, Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    Ok(find(heap, module, m, hash, key).and_then(|i| map_obj(heap, m).entries[i as usize].map(|(_, v)| v)))
}

/// `m[key] = value`.
pub fn map_set(heap: &mut Heap, module: &Module, m: ObjRef, key: Value, value: Value) -> Result<(), Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    match find(heap, module, m, hash, key) {
        Some(i) => {
            if let Some(e) = map_obj_mut(heap, m).entries[i as usize].as_mut() {
                e.1 = value;
            }
        }
        None => {
            let mo = map_obj_mut(heap, m);
            let i = mo.entries.len() as u32;
            mo.entries.push(Some((key, value)));
            mo.index.entry(hash).or_default().push(i);
            mo.len += 1;
        }
    }
    Ok(())
}

/// `delete(m, key)`.
pub fn map_delete(heap: &mut Heap, module: &Module, m: ObjRef, key: Value) -> Result<(), Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    if let Some(i) = find(heap, module, m, hash, key) {
        let mo = map_obj_mut(heap, m);
        mo.entries[i as usize] = None;
        mo.len -= 1;
        if let Some(b) = mo.index.get_mut(&hash) {
            b.retain(|j| *j != i);
            if b.is_empty() {
                mo.index.remove(&hash);
            }
        }
        if mo.len == 0 {
            // Nothing live: reset storage (iterators see an empty tail).
            mo.entries.clear();
            mo.index.clear();
        }
    }
    Ok(())
}

/// `clear(m)`.
pub fn map_clear(heap: &mut Heap, m: ObjRef) {
    let mo = map_obj_mut(heap, m);
    mo.entries.clear();
    mo.index.clear();
    mo.len = 0;
}

pub fn map_len(heap: &Heap, m: ObjRef) -> usize {
    map_obj(heap, m).len
}

/// The live entries in iteration order (fmt sorts them itself).
pub fn map_entries(heap: &Heap, m: Value) -> Vec<(Value, Value)> {
    match m {
        Value::Map(r) => map_obj(heap, r).entries.iter().flatten().copied().collect(),
        _ => Vec::new(),
    }
}

/// The entry at or after position `pos` (for range iteration): (next pos, key, value).
pub fn map_next(heap: &Heap, m: ObjRef, mut pos: u32) -> Option<(u32, Value, Value)> {
    let mo = map_obj(heap, m);
    while (pos as usize) < mo.entries.len() {
        if let Some((k, v)) = mo.entries[pos as usize] {
            return Some((pos + 1, k, v));
        }
        pos += 1;
    }
    None
}
