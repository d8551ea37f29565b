//! Owns Go equality (`==`) and the hash consistent with it, over any values:
//! strings by content, structs and arrays element-wise, interfaces by dynamic
//! type then value (uncomparable dynamic types are an error carrying the type),
//! floats by IEEE (NaN never equal, ±0 equal), pointers by address.
//! Must not know maps or instructions.

use crate::bytecode::{Module, TypeId};
use crate::heap::Heap;
use crate::value::{ObjRef, PtrRef, Value};
use std::hash::Hasher;

/// Go's `a == b`. `Err(ty)` means a dynamic type `ty` is not comparable
/// (`runtime error: comparing uncomparable type …`).
pub fn values_equal(heap: &Heap, module: &Module, a: Value, b: Value) -> Result<bool, TypeId> {
    Ok(match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y || heap.str_bytes(x) == heap.str_bytes(y),
        (Value::Ptr(x), Value::Ptr(y)) => x == y || pointer_address(heap, x) == pointer_address(heap, y),
        (Value::Map(x), Value::Map(y)) | (Value::Chan(x), Value::Chan(y)) | (Value::Slice(x), Value::Slice(y)) | (Value::Closure(x), Value::Closure(y)) => x == y,
        (Value::Func(x), Value::Func(y)) => x == y,
        (Value::Struct(x), Value::Struct(y)) | (Value::Array(x), Value::Array(y)) => {
            let (xs, ys) = (heap.agg(x), heap.agg(y));
            for (p, q) in xs.iter().zip(ys.iter()) {
                if !values_equal(heap, module, *p, *q)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return Ok(false);
            }
            if !module.ty(x.ty).comparable {
                return Err(x.ty);
            }
            values_equal(heap, module, heap.iface_value(x.data), heap.iface_value(y.data))?
        }
        _ => false,
    })
}

/// What a pointer's address is for `==` and hashing. A pointer to an array is
/// the address of the array's first element: `&a` is the variable's own slot
/// but `(*[N]T)(s)` a new cell holding a view of `s`'s storage, and Go makes
/// `(*[N]T)(s) == (*[N]T)(s)` true. Any other pointer is its slot, seen
/// through a view (`&p[i]` of such a `p` is `&s[i]`).
fn pointer_address(heap: &Heap, p: PtrRef) -> (ObjRef, u32, bool) {
    match heap.load(p) {
        Value::Array(r) => {
            let (storage, off) = heap.array_storage(r);
            (storage, off, true)
        }
        _ => {
            let (storage, off) = heap.array_storage(p.obj);
            (storage, off + p.idx, false)
        }
    }
}

/// A hash consistent with `values_equal`. `Err(ty)`: unhashable dynamic type.
/// Integers and strings (the common map keys) take their own fast hashes;
/// values of one static key type always take the same path, so the choice is
/// consistent within a map.
#[inline(always)]
pub fn hash_value(heap: &Heap, module: &Module, v: Value) -> Result<u64, TypeId> {
    match v {
        Value::Int(i) => Ok(hash_int(i)),
        Value::Str(s) => Ok(hash_bytes(heap.str_bytes(s))),
        _ => hash_other(heap, module, v),
    }
}

#[inline(never)]
fn hash_other(heap: &Heap, module: &Module, v: Value) -> Result<u64, TypeId> {
    let mut h = FxLikeHasher::default();
    hash_into(heap, module, v, &mut h)?;
    Ok(h.finish())
}

/// The hash of an integer key. The low 32 bits (what picks a map's first
/// probe slot) keep the key's own low bits, folded with its high half: nearby
/// keys land in nearby slots, so loops over dense key ranges walk the index
/// sequentially instead of missing the cache on every probe (CPython's
/// choice). The high 32 bits (the fragment a slot stores and the probe
/// sequence's perturbation) are a full multiplicative mix of the key.
#[inline(always)]
pub fn hash_int(i: i64) -> u64 {
    let k = i as u64;
    let low = (k ^ (k >> 32)) & 0xffff_ffff;
    let high = k.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (k >> 29).wrapping_mul(0xff51_afd7_ed55_8ccd);
    (high & 0xffff_ffff_0000_0000) | low
}

/// The hash of a string key's bytes (8 bytes per multiply, then a final mix).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FxLikeHasher::default();
    h.write(bytes);
    h.finish()
}

fn hash_into(heap: &Heap, module: &Module, v: Value, h: &mut FxLikeHasher) -> Result<(), TypeId> {
    match v {
        Value::Nil => h.write_u8(0),
        Value::Bool(b) => h.write_u8(b as u8 + 1),
        Value::Int(i) => h.write_u64(i as u64),
        Value::Float(f) => {
            if f.is_nan() {
                // NaN keys never match: any hash will do, equality decides.
                h.write_u64(0x7ff8_dead_beef);
            } else if f == 0.0 {
                h.write_u64(0);
            } else {
                h.write_u64(f.to_bits())
            }
        }
        Value::Str(s) => h.write(heap.str_bytes(s)),
        Value::Ptr(p) => {
            let (obj, idx, to_array) = pointer_address(heap, p);
            h.write_u32(obj.0);
            h.write_u32(idx);
            h.write_u8(to_array as u8)
        }
        Value::Map(o) | Value::Chan(o) | Value::Slice(o) | Value::Closure(o) => h.write_u32(o.0),
        Value::Func(f) => h.write_u32(f.0),
        Value::Struct(o) | Value::Array(o) => {
            for e in heap.agg(o) {
                hash_into(heap, module, *e, h)?;
            }
        }
        Value::Iface(i) => {
            if !module.ty(i.ty).comparable {
                return Err(i.ty);
            }
            h.write_u16(i.ty.0);
            hash_into(heap, module, heap.iface_value(i.data), h)?;
        }
    }
    Ok(())
}

/// A small fast hasher (FNV-1a style mixing over words).
#[derive(Default)]
struct FxLikeHasher {
    state: u64,
}

impl Hasher for FxLikeHasher {
    fn finish(&self) -> u64 {
        let mut x = self.state;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51afd7ed558ccd);
        x ^= x >> 33;
        x
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.write_u64(u64::from_le_bytes(word.try_into().expect("chunks_exact yields 8 bytes")));
        }
        let tail = words.remainder();
        if !tail.is_empty() {
            let mut w = [0u8; 8];
            w[..tail.len()].copy_from_slice(tail);
            self.write_u64(u64::from_le_bytes(w));
        }
        self.write_u64(bytes.len() as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.state = (self.state.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64)
    }
    fn write_u16(&mut self, i: u16) {
        self.write_u64(i as u64)
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64)
    }
}
