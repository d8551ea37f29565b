//! Owns slice and array instructions: make, len/cap, bounds-checked indexing,
//! reslicing (sharing storage), `append` growing capacities exactly as Go's
//! does (growth rule plus allocation size classes), copy, clear,
//! element addresses. Must not know anything beyond the heap and runtime errors.

use crate::bytecode::{Module, SliceMode, TypeId, TypeKind};
use crate::heap::{Heap, Obj, SliceHeader};
use crate::value::{ObjRef, PtrRef, Value};
use crate::vm::Vm;
use crate::zero::zero_elems;

/// The byte sizes Go's allocator rounds small objects up to (Go 1.27's
/// size classes), smallest first.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
/// The largest size class; bigger objects take whole pages.
const LARGEST_CLASS: u64 = 32768;
/// Pointerful objects above `HEADER_FROM` bytes carry a header of this many
/// bytes inside their size class.
const HEADER: u64 = 8;
const HEADER_FROM: u64 = 512;
const PAGE: u64 = 8192;

/// How many bytes of an allocation of `size` bytes a slice can use: the
/// smallest size class that holds it (less the header a pointerful object
/// above 512 bytes keeps there), or whole pages for large sizes.
pub fn usable_allocation(size: u64, pointerful: bool) -> u64 {
    if size > LARGEST_CLASS - HEADER {
        return size.checked_next_multiple_of(PAGE).unwrap_or(size);
    }
    let header = if pointerful && size > HEADER_FROM { HEADER } else { 0 };
    let class = SIZE_CLASSES.iter().copied().find(|&c| c >= size + header).unwrap_or(LARGEST_CLASS);
    class - header
}

/// The element count `append` aims for when `needed` elements no longer fit
/// in `old_cap`: exactly `needed` if that is over twice the old capacity;
/// otherwise twice the old capacity while it is under 256; otherwise the
/// capacity grows by a quarter plus 192, at least once, until it fits.
pub fn target_cap(needed: u64, old_cap: u64) -> u64 {
    const SMALL: u64 = 256;
    if needed > 2 * old_cap {
        return needed;
    }
    if old_cap < SMALL {
        return 2 * old_cap;
    }
    let mut cap = old_cap;
    loop {
        cap += cap / 4 + SMALL * 3 / 4;
        if cap >= needed {
            return cap;
        }
    }
}

/// The capacity `append` grows a slice of `elem_size`-byte elements to, as
/// Go's does: the target rounded up to what its allocation can hold.
pub fn grow_cap(needed: u64, old_cap: u64, elem_size: u64, pointerless: bool) -> u64 {
    if elem_size == 0 {
        return needed;
    }
    usable_allocation(target_cap(needed, old_cap) * elem_size, !pointerless) / elem_size
}

/// Whether values of `ty` contain pointers (Go's `noscan` is the negation).
pub fn has_pointers(module: &Module, ty: TypeId) -> bool {
    fn go(module: &Module, ty: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        match &module.ty(ty).kind {
            TypeKind::Bool | TypeKind::Int(_) | TypeKind::Float { .. } => false,
            TypeKind::Array { elem, len } => *len > 0 && go(module, *elem, depth + 1),
            TypeKind::Struct { fields } => fields.iter().any(|f| go(module, f.ty, depth + 1)),
            _ => true,
        }
    }
    go(module, ty, 0)
}

/// The most elements one backing array may hold (slice headers are 32-bit;
/// larger requests panic like Go's out-of-range `makeslice`/`growslice`
/// instead of exhausting the host).
pub const MAX_ELEMS: u64 = 1 << 28;

pub(crate) fn make(vm: &mut Vm, elem: TypeId, len: Value, cap: Option<Value>) -> Result<Value, Value> {
    let len = len.as_int();
    let size = vm.module.ty(elem).size.max(1) as i64;
    let max_elems = ((1i64 << 40) / size).min(MAX_ELEMS as i64);
    if len < 0 || len > max_elems {
        return Err(vm.rt.error_string(&mut vm.heap, "runtime error: makeslice: len out of range"));
    }
    let cap = cap.map(|c| c.as_int()).unwrap_or(len);
    if cap < len || cap > max_elems {
        return Err(vm.rt.error_string(&mut vm.heap, "runtime error: makeslice: cap out of range"));
    }
    let module = vm.module.clone();
    let elems = zero_elems(&mut vm.heap, &module, elem, cap as usize);
    let arr = vm.heap.alloc_agg(elems);
    Ok(vm.heap.alloc_slice_header(SliceHeader { arr, off: 0, len: len as u32, cap: cap as u32 }))
}

pub(crate) fn len(heap: &Heap, v: Value) -> usize {
    match v {
        Value::Str(s) => s.len as usize,
        Value::Slice(r) => heap.slice_header(r).len as usize,
        Value::Array(r) => heap.agg(r).len(),
        Value::Map(r) => crate::map::map_len(heap, r),
        Value::Chan(r) => match heap.get(r) {
            Obj::Chan(c) => c.buf.len(),
            _ => 0,
        },
        Value::Ptr(p) => match heap.load(p) {
            Value::Array(r) => heap.agg(r).len(),
            _ => 0,
        },
        _ => 0,
    }
}

pub(crate) fn cap(heap: &Heap, v: Value) -> usize {
    match v {
        Value::Slice(r) => heap.slice_header(r).cap as usize,
        Value::Chan(r) => match heap.get(r) {
            Obj::Chan(c) => c.cap,
            _ => 0,
        },
        _ => len(heap, v),
    }
}

/// The (storage object, first index, len) of an indexable slice/array value.
fn storage(heap: &Heap, v: Value) -> Option<(ObjRef, u32, u32)> {
    match v {
        Value::Slice(r) => {
            let h = heap.slice_header(r);
            Some((h.arr, h.off, h.len))
        }
        Value::Array(r) => Some((r, 0, heap.agg(r).len() as u32)),
        Value::Ptr(p) => match heap.load(p) {
            Value::Array(r) => Some((r, 0, heap.agg(r).len() as u32)),
            _ => None,
        },
        _ => None,
    }
}

/// The slot index of element `i`, bounds-checked.
#[inline]
fn slot(vm: &mut Vm, c: Value, i: Value) -> Result<(ObjRef, usize), Value> {
    let i = i.as_int();
    match storage(&vm.heap, c) {
        Some((arr, off, len)) if i >= 0 && (i as u64) < len as u64 => Ok((arr, off as usize + i as usize)),
        Some((_, _, len)) => Err(vm.rt.index_out_of_range(&mut vm.heap, i, len as usize)),
        // A nil pointer to an array.
        None if matches!(c, Value::Ptr(_)) => Err(vm.rt.nil_deref(&mut vm.heap)),
        // A nil slice has length 0.
        None => Err(vm.rt.index_out_of_range(&mut vm.heap, i, 0)),
    }
}

/// Element `i` of a non-nil slice `s` with `i` in range — the common case of
/// `IndexSlice`, one bounds check; `None` sends the caller to `index`. (By
/// reference, as `Heap::whole_field`: the caller copies the 16 bytes at once.)
#[inline(always)]
pub(crate) fn index_fast(heap: &Heap, s: Value, i: Value) -> Option<&Value> {
    let (Value::Slice(r), Value::Int(i)) = (s, i) else { return None };
    let Obj::Slice(h) = heap.get(r) else { return None };
    if i as u64 >= h.len as u64 {
        return None;
    }
    match heap.get(h.arr) {
        Obj::Agg(elems) => elems.get(h.off as usize + i as usize),
        _ => None,
    }
}

/// Element `i` of an array value with `i` in range (`IndexArray`'s common case).
#[inline(always)]
pub(crate) fn index_array_fast(heap: &Heap, a: Value, i: Value) -> Option<&Value> {
    let (Value::Array(r), Value::Int(i)) = (a, i) else { return None };
    match heap.get(r) {
        Obj::Agg(elems) => elems.get(usize::try_from(i).ok()?),
        _ => None,
    }
}

/// `s[i] = v` of a non-nil slice with `i` in range and `v` not an aggregate
/// (those are copied into the old element by `Heap::write_slot`) — the common
/// case of `SetSlice`; `false` sends the caller to `set_index`.
#[inline(always)]
pub(crate) fn set_index_fast(heap: &mut Heap, s: Value, i: Value, v: &Value) -> bool {
    let (Value::Slice(r), Value::Int(i)) = (s, i) else { return false };
    if matches!(v, Value::Struct(_) | Value::Array(_)) {
        return false;
    }
    let Obj::Slice(h) = heap.get(r) else { return false };
    if i as u64 >= h.len as u64 {
        return false;
    }
    let at = h.off as usize + i as usize;
    match heap.get_mut(h.arr) {
        Obj::Agg(elems) => match elems.get_mut(at) {
            Some(slot) => {
                *slot = *v;
                true
            }
            None => false,
        },
        _ => false,
    }
}

#[inline(never)]
pub(crate) fn index(vm: &mut Vm, c: Value, i: Value) -> Result<Value, Value> {
    let (arr, at) = slot(vm, c, i)?;
    Ok(vm.heap.agg(arr)[at])
}

#[inline(never)]
pub(crate) fn set_index(vm: &mut Vm, c: Value, i: Value, v: Value) -> Result<(), Value> {
    let (arr, at) = slot(vm, c, i)?;
    vm.heap.write_slot(arr, at, v);
    Ok(())
}

pub(crate) fn addr_elem(vm: &mut Vm, c: Value, i: Value) -> Result<Value, Value> {
    let (arr, at) = slot(vm, c, i)?;
    Ok(Value::Ptr(PtrRef { obj: arr, idx: at as u32 }))
}

/// `[N]T(s)` (a copy) or, with `to_ptr`, `(*[N]T)(s)` (aliasing `s`'s storage);
/// `array_ty` is `[N]T`.
pub(crate) fn to_array(vm: &mut Vm, s: Value, array_ty: TypeId, to_ptr: bool) -> Result<Value, Value> {
    let n = match vm.module.ty(array_ty).kind {
        TypeKind::Array { len, .. } => len,
        _ => 0,
    };
    let h = match s {
        Value::Slice(r) => Some(vm.heap.slice_header(r)),
        _ => None,
    };
    let len = h.map_or(0, |h| h.len);
    if len < n {
        return Err(vm.rt.slice_to_array_len(&mut vm.heap, len as usize, n));
    }
    let Some(h) = h else {
        // A nil slice: a nil pointer, or the empty array.
        return Ok(if to_ptr { Value::Nil } else { Value::Array(vm.heap.alloc_agg(Vec::new())) });
    };
    if to_ptr {
        let whole = h.off == 0 && vm.heap.agg(h.arr).len() == n as usize;
        let arr = if whole { h.arr } else { vm.heap.alloc_array_view(h.arr, h.off, n) };
        return Ok(vm.heap.alloc_cell(Value::Array(arr)));
    }
    let mut elems = vm.heap.agg(h.arr)[h.off as usize..(h.off + n) as usize].to_vec();
    copy_aggregates(&mut vm.heap, &mut elems);
    Ok(Value::Array(vm.heap.alloc_agg(elems)))
}

/// `x[lo:hi:max]` of a slice, array value or pointer to array.
pub(crate) fn reslice(vm: &mut Vm, src: Value, b: [Value; 3], mode: SliceMode) -> Result<Value, Value> {
    let (arr, off, len, cap, what) = match src {
        Value::Slice(r) => {
            let h = vm.heap.slice_header(r);
            (Some(h.arr), h.off, h.len, h.cap, "capacity")
        }
        Value::Array(r) => {
            let n = vm.heap.agg(r).len() as u32;
            (Some(r), 0, n, n, "length")
        }
        Value::Ptr(p) => match vm.heap.load(p) {
            Value::Array(r) => {
                let n = vm.heap.agg(r).len() as u32;
                (Some(r), 0, n, n, "length")
            }
            _ => return Err(vm.rt.nil_deref(&mut vm.heap)),
        },
        _ => (None, 0, 0, 0, "capacity"),
    };
    let lo = if mode.has_lo() { b[0].as_int() } else { 0 };
    let hi = if mode.has_hi() { b[1].as_int() } else { len as i64 };
    let max = if mode.has_max() { Some(b[2].as_int()) } else { None };
    let cap_i = cap as i64;
    let limit = max.unwrap_or(cap_i);
    let bad = match max {
        Some(m) => m < 0 || m > cap_i || hi < 0 || hi > m || lo < 0 || lo > hi,
        None => hi < 0 || hi > cap_i || lo < 0 || lo > hi,
    };
    if bad {
        return Err(vm.rt.slice_out_of_range(&mut vm.heap, lo, hi, max, cap as usize, what));
    }
    let Some(arr) = arr else {
        // Slicing a nil slice within bounds (all zero) gives a nil slice.
        return Ok(Value::Nil);
    };
    let _ = len;
    Ok(vm.heap.alloc_slice_header(SliceHeader { arr, off: off + lo as u32, len: (hi - lo) as u32, cap: (limit - lo) as u32 }))
}

/// Grows `s` to hold `extra` more elements (Go's growslice), returning the new
/// header with `len` already including them (caller writes the elements).
fn grow(vm: &mut Vm, elem: TypeId, s: Value, extra: usize) -> SliceHeader {
    let h = match s {
        Value::Slice(r) => vm.heap.slice_header(r),
        _ => SliceHeader { arr: ObjRef(0), off: 0, len: 0, cap: 0 },
    };
    let new_len = h.len as u64 + extra as u64;
    if new_len <= h.cap as u64 && matches!(s, Value::Slice(_)) {
        return SliceHeader { len: new_len as u32, ..h };
    }
    let module = vm.module.clone();
    let size = module.ty(elem).size;
    let new_cap = grow_cap(new_len, h.cap as u64, size, !has_pointers(&module, elem));
    let mut elems = Vec::with_capacity(new_cap as usize);
    if matches!(s, Value::Slice(_)) {
        elems.extend_from_slice(&vm.heap.agg(h.arr)[h.off as usize..(h.off + h.len) as usize]);
        // Go moves the element *values*: structs and arrays become copies (a
        // pointer into the old array must not see the new one).
        copy_aggregates(&mut vm.heap, &mut elems);
    }
    let fill = zero_elems(&mut vm.heap, &module, elem, new_cap as usize - elems.len());
    elems.extend(fill);
    let arr = vm.heap.alloc_agg(elems);
    SliceHeader { arr, off: 0, len: new_len as u32, cap: new_cap as u32 }
}

pub(crate) fn append(vm: &mut Vm, elem: TypeId, s: Value, vals: &[Value]) -> Result<Value, Value> {
    if vals.is_empty() {
        return Ok(s);
    }
    if vm.heap.slice_elems(s).len() as u64 + vals.len() as u64 > MAX_ELEMS {
        return Err(vm.rt.error_string(&mut vm.heap, "growslice: len out of range"));
    }
    let old_len = vm.heap.slice_elems(s).len();
    let h = grow(vm, elem, s, vals.len());
    let store = vm.heap.agg_mut(h.arr);
    let start = h.off as usize + old_len;
    store[start..start + vals.len()].copy_from_slice(vals);
    Ok(vm.heap.alloc_slice_header(h))
}

pub(crate) fn append_slice(vm: &mut Vm, elem: TypeId, s: Value, other: Value) -> Result<Value, Value> {
    let mut vals: Vec<Value> = match other {
        Value::Str(r) => vm.heap.str_bytes(r).iter().map(|b| Value::Int(*b as i64)).collect(),
        _ => vm.heap.slice_elems(other).to_vec(),
    };
    copy_aggregates(&mut vm.heap, &mut vals);
    if vals.is_empty() {
        return Ok(s);
    }
    append(vm, elem, s, &vals)
}

/// `copy(dst, src)`: the number of elements copied.
pub(crate) fn copy(heap: &mut Heap, dst: Value, src: Value) -> usize {
    let mut vals: Vec<Value> = match src {
        Value::Str(r) => heap.str_bytes(r).iter().map(|b| Value::Int(*b as i64)).collect(),
        _ => heap.slice_elems(src).to_vec(),
    };
    copy_aggregates(heap, &mut vals);
    let Value::Slice(d) = dst else { return 0 };
    let h = heap.slice_header(d);
    let n = vals.len().min(h.len as usize);
    for (i, v) in vals.into_iter().take(n).enumerate() {
        heap.write_slot(h.arr, h.off as usize + i, v);
    }
    n
}

/// Replaces owned structs/arrays among `vals` by copies (value semantics of
/// elements moved between backing arrays).
fn copy_aggregates(heap: &mut Heap, vals: &mut [Value]) {
    for v in vals.iter_mut() {
        if matches!(v, Value::Struct(_) | Value::Array(_)) {
            *v = heap.copy_agg(*v);
        }
    }
}

/// `clear(m)` / `clear(s)`.
pub(crate) fn clear(heap: &mut Heap, v: Value) {
    match v {
        Value::Map(r) => crate::map::map_clear(heap, r),
        Value::Slice(r) => {
            let h = heap.slice_header(r);
            let elems = heap.agg(h.arr)[h.off as usize..(h.off + h.len) as usize].to_vec();
            for (i, e) in elems.into_iter().enumerate() {
                let z = zero_like(heap, e);
                heap.write_slot(h.arr, h.off as usize + i, z);
            }
        }
        _ => {}
    }
}

/// The zero value of the same type as `v` (for `clear` of slices).
fn zero_like(heap: &mut Heap, v: Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Str(_) => Value::EMPTY_STR,
        Value::Struct(r) | Value::Array(r) => {
            let slots = heap.agg(r).to_vec();
            let zs = slots.into_iter().map(|s| zero_like(heap, s)).collect();
            let o = heap.alloc_agg(zs);
            if matches!(v, Value::Struct(_)) {
                Value::Struct(o)
            } else {
                Value::Array(o)
            }
        }
        _ => Value::Nil,
    }
}

