//! Owns Go maps: entries in insertion order (the deterministic iteration order
//! minigo chooses), an index from key hash to entries, Go equality on keys
//! (interface keys, NaN keys never equal), deletion during range, clear; the
//! index is an open-addressing table of entry positions.
//! Must not know instructions; nil-map and unhashable-key panics are the caller's.

use crate::bytecode::{Module, TypeId};
use crate::equal::{hash_value, values_equal};
use crate::heap::{Heap, Obj};
use crate::value::{ObjRef, Value};

#[derive(Debug, Default)]
pub struct MapObj {
    /// The map's type (for zero values of absent keys).
    pub ty: Option<TypeId>,
    /// Insertion-ordered entries; `None` marks a deleted entry.
    pub entries: Vec<Option<(Value, Value)>>,
    /// The key hash of each entry (parallel to `entries`; read when the index
    /// is rebuilt).
    hashes: Vec<u64>,
    /// Open-addressing index into `entries` (CPython's compact-dict design).
    /// A slot is `EMPTY`, `DELETED`, or `fragment << 32 | (entry index + 1)`
    /// where the fragment is the key hash's high half: a probe rejects most
    /// other keys without touching `entries`, so a lookup costs one cache
    /// miss in the index and one in the entry it returns. The length is 0 or
    /// a power of two.
    slots: Vec<u64>,
    /// Slots not `EMPTY` (live entries and tombstones).
    used: usize,
    pub len: usize,
    /// Range loops over this map that started and have not run to the end
    /// (one left by `break` or a panic stays counted). Deleted entries are
    /// squeezed out of `entries` only while this is 0: a running iteration
    /// holds a position in `entries`.
    iterations: u32,
}

/// The entry part (low half) of an empty slot.
const EMPTY: u32 = 0;
/// The entry part of a slot whose entry was deleted (a tombstone).
const DELETED: u32 = u32::MAX;

/// The part of a key hash a slot stores beside its entry index.
#[inline(always)]
fn fragment(hash: u64) -> u32 {
    (hash >> 32) as u32
}

impl MapObj {
    pub fn new(ty: TypeId) -> MapObj {
        MapObj { ty: Some(ty), ..MapObj::default() }
    }

    /// The first probe slot of `hash` and the start of its perturbation.
    #[inline(always)]
    fn probe_start(&self, hash: u64) -> (usize, u64) {
        (hash as usize & (self.slots.len() - 1), hash)
    }

    /// The next slot of a probe sequence (CPython's perturbed linear
    /// congruence: visits every slot of a power-of-two table).
    #[inline(always)]
    fn probe_next(&self, i: usize, perturb: &mut u64) -> usize {
        *perturb >>= 5;
        (i.wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb as usize)) & (self.slots.len() - 1)
    }

    /// (slot, entry) of the live entry with hash `hash` whose key satisfies
    /// `is_key`. The index always keeps an `EMPTY` slot, so the probe ends.
    #[inline(always)]
    fn find_by(&self, hash: u64, is_key: impl Fn(Value) -> bool) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return None;
        }
        let frag = fragment(hash);
        let (mut i, mut perturb) = self.probe_start(hash);
        loop {
            let slot = self.slots[i];
            match slot as u32 {
                EMPTY => return None,
                DELETED => {}
                e1 if fragment(slot) == frag => {
                    let e = e1 as usize - 1;
                    if let Some((k, _)) = self.entries[e] {
                        if is_key(k) {
                            return Some((i, e));
                        }
                    }
                }
                _ => {}
            }
            i = self.probe_next(i, &mut perturb);
        }
    }

    /// (slot, entry) of the live entry whose key equals `key` (Go equality).
    #[inline]
    fn find(&self, heap: &Heap, module: &Module, hash: u64, key: Value) -> Option<(usize, usize)> {
        match key {
            Value::Int(k) => self.find_by(hash, |other| matches!(other, Value::Int(o) if o == k)),
            _ => self.find_by(hash, |other| keys_equal(heap, module, other, key)),
        }
    }

    /// Appends a new entry (the key is known to be absent).
    fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        if (self.used + 1) * 3 > self.slots.len() * 2 {
            self.rebuild();
        }
        let e = self.entries.len() as u32;
        self.entries.push(Some((key, value)));
        self.hashes.push(hash);
        let (mut si, mut perturb) = self.probe_start(hash);
        while !matches!(self.slots[si] as u32, EMPTY | DELETED) {
            si = self.probe_next(si, &mut perturb);
        }
        if self.slots[si] as u32 == EMPTY {
            self.used += 1;
        }
        self.slots[si] = (fragment(hash) as u64) << 32 | (e as u64 + 1);
        self.len += 1;
    }

    /// A fresh index sized for the live entries (drops tombstones). It walks
    /// whichever is shorter, the entries or the old index: a map that keeps
    /// few live entries while many come and go has far more (deleted)
    /// entries than slots, and walking them all on every rebuild would make
    /// that churn quadratic.
    fn rebuild(&mut self) {
        if self.iterations == 0 && self.entries.len() >= 2 * self.len + 8 {
            self.compact();
        }
        let mut size = 8;
        while size * 2 < (self.len + 1) * 3 * 2 {
            size *= 2;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY as u64; size]);
        self.used = 0;
        if self.entries.len() <= old.len() {
            for e in 0..self.entries.len() {
                if self.entries[e].is_some() {
                    self.place(e);
                }
            }
        } else {
            for slot in old {
                if !matches!(slot as u32, EMPTY | DELETED) {
                    self.place((slot as u32 - 1) as usize);
                }
            }
        }
    }

    /// Drops deleted entries from `entries` (keeping the order of the live
    /// ones); the caller rebuilds the index. Only when no iteration holds a
    /// position.
    fn compact(&mut self) {
        debug_assert_eq!(self.iterations, 0, "compacting under a running range loop");
        let mut kept = 0;
        for e in 0..self.entries.len() {
            if self.entries[e].is_some() {
                self.entries[kept] = self.entries[e];
                self.hashes[kept] = self.hashes[e];
                kept += 1;
            }
        }
        self.entries.truncate(kept);
        self.hashes.truncate(kept);
        if self.entries.capacity() > 4 * kept + 16 {
            self.entries.shrink_to(2 * kept);
            self.hashes.shrink_to(2 * kept);
        }
    }

    /// Puts live entry `e` into the fresh index being rebuilt.
    fn place(&mut self, e: usize) {
        let hash = self.hashes[e];
        let (mut si, mut perturb) = self.probe_start(hash);
        while self.slots[si] as u32 != EMPTY {
            si = self.probe_next(si, &mut perturb);
        }
        self.slots[si] = (fragment(hash) as u64) << 32 | (e as u64 + 1);
        self.used += 1;
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.hashes.clear();
        self.slots.clear();
        self.used = 0;
        self.len = 0;
    }
}

/// Go equality of two keys, with the common cases first.
#[inline]
fn keys_equal(heap: &Heap, module: &Module, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y || heap.str_bytes(x) == heap.str_bytes(y),
        _ => values_equal(heap, module, a, b).unwrap_or(false),
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

/// `m[key]` (None if absent).
pub fn map_get(heap: &Heap, module: &Module, m: ObjRef, key: Value) -> Result<Option<Value>, Unhashable> {
    Ok(map_get_ref(heap, module, m, key)?.copied())
}

/// `m[key]` in place (None if absent): the caller copies all 16 bytes at once
/// instead of a `Value` returned through the stack and reassembled.
#[inline]
pub fn map_get_ref<'h>(heap: &'h Heap, module: &Module, m: ObjRef, key: Value) -> Result<Option<&'h Value>, Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    let mo = map_obj(heap, m);
    Ok(mo.find(heap, module, hash, key).and_then(|(_, e)| mo.entries[e].as_ref().map(|(_, v)| v)))
}

/// `m[key] = value`.
pub fn map_set(heap: &mut Heap, module: &Module, m: ObjRef, key: Value, value: Value) -> Result<(), Unhashable> {
    map_update(heap, module, m, key, value, |_| value)
}

/// `m[key] += delta` of a map with 64-bit integer values (wrapping), with one
/// lookup: an absent key is inserted with `delta`.
pub fn map_add_int(heap: &mut Heap, module: &Module, m: ObjRef, key: Value, delta: i64) -> Result<(), Unhashable> {
    map_update(heap, module, m, key, Value::Int(delta), |old| Value::Int(old.as_int().wrapping_add(delta)))
}

/// One lookup of `key`: a present entry's value becomes `update(old)`, an
/// absent key is inserted with `absent`. A present entry also takes `key`
/// itself, as Go's assignment does: equal keys can differ in what prints
/// (`0` and `-0`, also inside structs, arrays and interfaces), and the map
/// shows the last one assigned.
#[inline(always)]
fn map_update(heap: &mut Heap, module: &Module, m: ObjRef, key: Value, absent: Value, update: impl FnOnce(Value) -> Value) -> Result<(), Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    let found = map_obj(heap, m).find(heap, module, hash, key);
    let mo = map_obj_mut(heap, m);
    match found {
        Some((_, e)) => {
            if let Some(entry) = mo.entries[e].as_mut() {
                entry.1 = update(entry.1);
                entry.0 = key;
            }
        }
        None => mo.insert_new(hash, key, absent),
    }
    Ok(())
}

/// `delete(m, key)`.
pub fn map_delete(heap: &mut Heap, module: &Module, m: ObjRef, key: Value) -> Result<(), Unhashable> {
    let hash = hash_value(heap, module, key).map_err(Unhashable)?;
    if let Some((si, e)) = map_obj(heap, m).find(heap, module, hash, key) {
        let mo = map_obj_mut(heap, m);
        mo.entries[e] = None;
        mo.slots[si] = DELETED as u64;
        mo.len -= 1;
        if mo.len == 0 {
            // Nothing live: reset storage (iterators see an empty tail).
            mo.clear();
        }
    }
    Ok(())
}

/// `clear(m)`.
pub fn map_clear(heap: &mut Heap, m: ObjRef) {
    map_obj_mut(heap, m).clear();
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

/// A range loop over `m` starts (see `MapObj::iterations`).
pub fn map_iteration_started(heap: &mut Heap, m: ObjRef) {
    let mo = map_obj_mut(heap, m);
    mo.iterations = mo.iterations.saturating_add(1);
}

/// A range loop over `m` ran to its end.
pub fn map_iteration_ended(heap: &mut Heap, m: ObjRef) {
    let mo = map_obj_mut(heap, m);
    mo.iterations = mo.iterations.saturating_sub(1);
}

/// The position of an iteration that ran to its end (past any entry).
pub const ITERATION_DONE: u32 = u32::MAX;

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Inserts, overwrites and deletes int and string keys against a reference
    /// `HashMap`, through growth, tombstones and a reset to empty.
    #[test]
    fn index_agrees_with_a_reference_map() {
        let mut heap = Heap::new();
        let module = Module::default();
        let m = heap.alloc(Obj::Map(Box::new(MapObj::new(TypeId(0)))));
        let mut reference = std::collections::HashMap::new();
        let mut x: u64 = 12345;
        for step in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let k = ((x >> 33) % 700) as i64;
            let key = if k % 2 == 0 { Value::Int(k) } else { heap.alloc_str(format!("k{k}").as_bytes()) };
            if (x >> 20) % 3 == 0 {
                map_delete(&mut heap, &module, m, key).unwrap();
                reference.remove(&k);
            } else {
                map_set(&mut heap, &module, m, key, Value::Int(step)).unwrap();
                reference.insert(k, step);
            }
            if step == 10_000 {
                for k in 0..700i64 {
                    let key = if k % 2 == 0 { Value::Int(k) } else { heap.alloc_str(format!("k{k}").as_bytes()) };
                    map_delete(&mut heap, &module, m, key).unwrap();
                }
                reference.clear();
                assert_eq!(map_len(&heap, m), 0);
            }
        }
        assert_eq!(map_len(&heap, m), reference.len());
        for k in 0..700i64 {
            let key = if k % 2 == 0 { Value::Int(k) } else { heap.alloc_str(format!("k{k}").as_bytes()) };
            let got = map_get(&heap, &module, m, key).unwrap().map(|v| v.as_int());
            assert_eq!(got, reference.get(&k).copied(), "key {k}");
        }
        let live: Vec<i64> = map_entries(&heap, Value::Map(m)).iter().map(|(_, v)| v.as_int()).collect();
        assert_eq!(live.len(), reference.len());
    }

    /// Deleted entries are squeezed out only while no range loop runs: a
    /// running iteration keeps its position through heavy churn (it sees
    /// each surviving old key once), and once it ends the churn compacts.
    #[test]
    fn churn_compacts_only_between_iterations() {
        let mut heap = Heap::new();
        let module = Module::default();
        let m = heap.alloc(Obj::Map(Box::new(MapObj::new(TypeId(0)))));
        for k in 0..10 {
            map_set(&mut heap, &module, m, Value::Int(k), Value::Int(k)).unwrap();
        }
        map_iteration_started(&mut heap, m);
        let (mut pos, mut seen) = (0, Vec::new());
        for _ in 0..3 {
            let (next, k, _) = map_next(&heap, m, pos).unwrap();
            seen.push(k.as_int());
            pos = next;
        }
        // Keys 0..=2 seen; delete 5 and churn 10,000 keys through the map.
        map_delete(&mut heap, &module, m, Value::Int(5)).unwrap();
        for k in 100..10_100 {
            map_set(&mut heap, &module, m, Value::Int(k), Value::Int(k)).unwrap();
            map_delete(&mut heap, &module, m, Value::Int(k)).unwrap();
        }
        while let Some((next, k, _)) = map_next(&heap, m, pos) {
            seen.push(k.as_int());
            pos = next;
        }
        assert_eq!(seen, vec![0, 1, 2, 3, 4, 6, 7, 8, 9]);
        assert!(map_obj(&heap, m).entries.len() > 10_000, "no compaction under a running iteration");
        map_iteration_ended(&mut heap, m);
        for k in 100..10_100 {
            map_set(&mut heap, &module, m, Value::Int(k), Value::Int(k)).unwrap();
            map_delete(&mut heap, &module, m, Value::Int(k)).unwrap();
        }
        assert!(map_obj(&heap, m).entries.len() < 100, "compacted after the iteration ended");
        let keys: Vec<i64> = map_entries(&heap, Value::Map(m)).iter().map(|(k, _)| k.as_int()).collect();
        assert_eq!(keys, vec![0, 1, 2, 3, 4, 6, 7, 8, 9]);
    }

    /// Integer keys that share their low bits (`i << 32`, `i << 40`), negative
    /// keys and a dense range: the index keeps the low bits for locality, so
    /// these probe through colliding slots; every key is still found once,
    /// deletions leave the others reachable, and iteration keeps insertion order.
    #[test]
    fn integer_keys_colliding_in_low_bits() {
        let mut heap = Heap::new();
        let module = Module::default();
        let m = heap.alloc(Obj::Map(Box::new(MapObj::new(TypeId(0)))));
        let keys: Vec<i64> = (0..2000i64).flat_map(|i| [i << 32, (i << 40) | 7, -i - 1, i]).collect();
        for (n, &k) in keys.iter().enumerate() {
            map_set(&mut heap, &module, m, Value::Int(k), Value::Int(n as i64)).unwrap();
        }
        for &k in keys.iter().step_by(3) {
            map_delete(&mut heap, &module, m, Value::Int(k)).unwrap();
        }
        let mut expected = std::collections::HashMap::new();
        for (n, &k) in keys.iter().enumerate() {
            expected.insert(k, n as i64);
        }
        for &k in keys.iter().step_by(3) {
            expected.remove(&k);
        }
        assert_eq!(map_len(&heap, m), expected.len());
        for &k in &keys {
            let got = map_get(&heap, &module, m, Value::Int(k)).unwrap().map(|v| v.as_int());
            assert_eq!(got, expected.get(&k).copied(), "key {k}");
        }
        let order: Vec<i64> = map_entries(&heap, Value::Map(m)).iter().map(|(k, _)| k.as_int()).collect();
        let inserted: Vec<i64> = keys.iter().copied().filter(|k| expected.contains_key(k)).collect();
        // A key inserted twice (0 appears as `0 << 32` and `0`) keeps its first position.
        let mut seen = std::collections::HashSet::new();
        let first_positions: Vec<i64> = inserted.into_iter().filter(|k| seen.insert(*k)).collect();
        assert_eq!(order, first_positions);
    }
}
