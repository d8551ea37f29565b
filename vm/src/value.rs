//! Owns the compact runtime `Value` (16 bytes, `Copy`) and the handle types that
//! point into the VM's own garbage-collected heap (`ObjRef`, `StrRef`, `PtrRef`,
//! `IfaceRef`). Must not know instruction semantics or how the heap stores objects.
//!
//! Representation rules every producer and consumer of values must follow:
//! - all integer types live in `Int(i64)`: signed kinds sign-extended, unsigned
//!   kinds zero-extended to their width (uint64 keeps its bit pattern);
//! - float32 and float64 live in `Float(f64)` (float32 already rounded to f32);
//! - `Nil` is the zero value of pointers, slices, maps, channels, functions and
//!   interfaces (a nil interface is plain `Nil`, never an `Iface`);
//! - `Struct`/`Array` are *owned aggregates* with value semantics: the compiler
//!   copies them (`CopyAgg`) on assignment; `Ptr` to a slot holding an aggregate
//!   accesses it in place;
//! - an interface value holding a dynamic value is `Iface { ty, data }`: `ty` is the
//!   dynamic type, `data` an immutable heap box holding the value.

use crate::bytecode::{FuncIdx, TypeId};

/// A handle to a heap object (index into the heap's slot table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

/// An immutable byte string: `len` bytes from offset `off` of a heap string
/// object. Substrings share the object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct StrRef {
    pub obj: ObjRef,
    pub off: u32,
    pub len: u32,
}

impl StrRef {
    /// The empty string: heap slot 0 is a permanent empty string object.
    pub const EMPTY: StrRef = StrRef { obj: ObjRef(0), off: 0, len: 0 };
}

/// A pointer: slot `idx` of heap object `obj` (a cell has one slot, a struct one
/// per field, an array one per element; the globals table is an object too),
/// or — `idx` being `WHOLE_STRUCT`/`WHOLE_ARRAY` — the struct/array object
/// `obj` itself: what `&T{…}`, `new(T)` and an escaping aggregate variable
/// point at, reached in one heap lookup instead of through a cell.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct PtrRef {
    pub obj: ObjRef,
    pub idx: u32,
}

impl PtrRef {
    /// `idx` of a pointer naming the whole struct object `obj`.
    pub const WHOLE_STRUCT: u32 = u32::MAX;
    /// `idx` of a pointer naming the whole array object `obj`.
    pub const WHOLE_ARRAY: u32 = u32::MAX - 1;

    /// Whether this pointer names a whole aggregate object (not one of its slots).
    #[inline(always)]
    pub fn is_whole(self) -> bool {
        self.idx >= Self::WHOLE_ARRAY
    }
}

/// A non-nil interface value: dynamic type and the box holding its value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct IfaceRef {
    pub ty: TypeId,
    pub data: ObjRef,
}

/// One register / variable / element. See the module docs for the representation rules.
///
/// `repr(u8)` fixes the layout `Value::put` relies on: the tag byte at offset 0
/// (`Nil` 0, `Bool` 1, `Int` 2, `Float` 3 — declaration order), a `Bool`'s
/// byte at offset 1, an `Int`'s or `Float`'s 8 bytes at offset 8.
#[derive(Clone, Copy, Debug, Default)]
#[repr(u8)]
pub enum Value {
    /// Zero value of pointers, slices, maps, chans, funcs and interfaces.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer type (see module docs).
    Int(i64),
    /// float64 and float32.
    Float(f64),
    Str(StrRef),
    Ptr(PtrRef),
    /// A slice: handle to an immutable `SliceHeader` object.
    Slice(ObjRef),
    Map(ObjRef),
    Chan(ObjRef),
    /// A top-level function without captures (no allocation).
    Func(FuncIdx),
    /// A closure, bound method value or native function value (`Closure` object).
    Closure(ObjRef),
    /// An owned struct (value semantics): handle to an `Agg` object, one slot per field.
    Struct(ObjRef),
    /// An owned array (value semantics): handle to an `Agg` object, one slot per element.
    Array(ObjRef),
    /// A non-nil interface value.
    Iface(IfaceRef),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

impl Value {
    pub const EMPTY_STR: Value = Value::Str(StrRef::EMPTY);

    #[inline(always)]
    pub fn as_int(self) -> i64 {
        match self {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => 0,
        }
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        match self {
            Value::Float(f) => f,
            _ => 0.0,
        }
    }
    #[inline(always)]
    pub fn as_bool(self) -> bool {
        match self {
            Value::Bool(b) => b,
            _ => false,
        }
    }
    /// The payload of an `Int`, without a tag check in release builds: for
    /// the typed instructions, whose operands the compiler proved integers.
    ///
    /// # Safety
    /// `self` must be `Value::Int` (checked by `debug_assert!`, so the test
    /// corpus, which runs with debug assertions, exercises the invariant).
    #[inline(always)]
    pub unsafe fn int_unchecked(self) -> i64 {
        debug_assert!(matches!(self, Value::Int(_)), "typed integer operand holds {self:?}");
        match self {
            Value::Int(i) => i,
            // SAFETY: the caller guarantees the tag.
            _ => unsafe { std::hint::unreachable_unchecked() },
        }
    }
    /// The payload of a `Float`, without a tag check in release builds.
    ///
    /// # Safety
    /// `self` must be `Value::Float` (checked by `debug_assert!`).
    #[inline(always)]
    pub unsafe fn float_unchecked(self) -> f64 {
        debug_assert!(matches!(self, Value::Float(_)), "typed float operand holds {self:?}");
        match self {
            Value::Float(f) => f,
            // SAFETY: the caller guarantees the tag.
            _ => unsafe { std::hint::unreachable_unchecked() },
        }
    }
    /// The payload of a `Bool`, without a tag check in release builds.
    ///
    /// # Safety
    /// `self` must be `Value::Bool` (checked by `debug_assert!`).
    #[inline(always)]
    pub unsafe fn bool_unchecked(self) -> bool {
        debug_assert!(matches!(self, Value::Bool(_)), "typed bool operand holds {self:?}");
        match self {
            Value::Bool(b) => b,
            // SAFETY: the caller guarantees the tag.
            _ => unsafe { std::hint::unreachable_unchecked() },
        }
    }
    /// Writes `v` to `dst` — a scalar (`Nil`, `Bool`, `Int`, `Float`) as one
    /// 16-byte store of all its bytes. `*dst = Value::Int(i)` stores the tag
    /// byte and the payload separately (the padding is left alone), and the
    /// next 16-byte copy of that register (`Move`, an argument, `s[i] = v`,
    /// `p.f = v`) cannot be forwarded from two smaller stores: a
    /// store-forwarding stall of a dozen cycles, which was half of
    /// bench/sieve's time (`LoadBool` then `SetSlice`).
    #[inline(always)]
    pub fn put(dst: &mut Value, v: Value) {
        #[cfg(target_arch = "x86_64")]
        {
            let words = match v {
                Value::Nil => Some((0u64, 0u64)),
                Value::Bool(b) => Some((1 | (b as u64) << 8, 0)),
                Value::Int(i) => Some((2, i as u64)),
                Value::Float(f) => Some((3, f.to_bits())),
                _ => None,
            };
            if let Some((lo, hi)) = words {
                use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
                // SAFETY: `dst` is a valid, writable 16-byte `Value`; the
                // words are `v`'s bytes in the `repr(u8)` layout (padding
                // zero), which `put_writes_the_layout` checks.
                unsafe { _mm_storeu_si128(dst as *mut Value as *mut __m128i, _mm_set_epi64x(hi as i64, lo as i64)) };
                debug_assert!(matches!((*dst, v), (Value::Nil, Value::Nil)) || crate::value::same_scalar(*dst, v));
                return;
            }
        }
        *dst = v;
    }
    /// Writes the integer `i` as two 8-byte stores: the tag word (tag byte 2,
    /// padding zero) and the payload. `*dst = Value::Int(i)` stores a tag
    /// *byte*, from which no 8- or 16-byte load can be forwarded; a computed
    /// result written whole (`put`) puts building the vector on the loop's
    /// chain. Word stores are forwarded to the typed reads (`int!`, 8 bytes at
    /// offset 8) and to `copy_forwarded`.
    #[inline(always)]
    pub fn put_int_words(dst: &mut Value, i: i64) {
        let words = dst as *mut Value as *mut u64;
        // SAFETY: `dst` is a valid, writable 16-byte `Value`; the two words are
        // `Value::Int(i)` in the `repr(u8)` layout (tag 2 at offset 0, padding
        // zero, payload at 8), checked by `put_writes_the_layout`.
        unsafe {
            words.write(2);
            words.add(1).write(i as u64);
        }
        debug_assert!(crate::value::same_scalar(*dst, Value::Int(i)));
    }
    /// Copies `*src` to `*dst` (a register move, a result moving down on
    /// return, a captured variable's load or store) so that the load is
    /// forwarded from the stores that wrote `*src`: an `Int` (written by
    /// `put_int_words`) as two 8-byte words, anything else as one 16-byte
    /// move (what the other writers store). A load that spans two stores or
    /// is wider than the store it reads waits a dozen cycles for them to
    /// retire (on every call of bench/closures before this); the tag byte
    /// read first is forwarded from any of them.
    ///
    /// # Safety
    /// `src` must be valid for reads and `dst` for writes of a `Value`
    /// (they may be equal).
    #[inline(always)]
    pub unsafe fn copy_forwarded(dst: *mut Value, src: *const Value) {
        use std::mem::MaybeUninit;
        // SAFETY (both branches): the caller's guarantee.
        if matches!(unsafe { &*src }, Value::Int(_)) {
            let (from, to) = (src as *const MaybeUninit<u64>, dst as *mut MaybeUninit<u64>);
            // A `Value` is two aligned words, the padding copied as
            // `MaybeUninit`. The loads are volatile only so that LLVM does
            // not merge them back into one 16-byte load.
            unsafe {
                let (lo, hi) = (from.read_volatile(), from.add(1).read_volatile());
                to.write(lo);
                to.add(1).write(hi);
            }
        } else {
            unsafe { *dst = *src };
        }
    }
    /// `values[i]`, or `Nil` past the end, copied as one 16-byte move.
    /// (`values.get(i).copied().unwrap_or_default()` goes through
    /// `Option<Value>`, whose niche in the tag byte makes LLVM copy the payload
    /// as two overlapping 8-byte moves through the stack: a store-forwarding
    /// stall that was 16% of bench/closures.)
    #[inline(always)]
    pub fn at(values: &[Value], i: usize) -> Value {
        match values.get(i) {
            Some(v) => *v,
            None => Value::Nil,
        }
    }
    #[inline(always)]
    pub fn is_nil(self) -> bool {
        matches!(self, Value::Nil)
    }
    /// The heap object this value keeps alive, if any (for the GC).
    pub fn obj(self) -> Option<ObjRef> {
        match self {
            Value::Str(s) => Some(s.obj),
            Value::Ptr(p) => Some(p.obj),
            Value::Slice(o) | Value::Map(o) | Value::Chan(o) | Value::Closure(o) | Value::Struct(o) | Value::Array(o) => Some(o),
            Value::Iface(i) => Some(i.data),
            _ => None,
        }
    }
}

/// Whether two scalars are the same variant with the same bits (for `put`'s check).
fn same_scalar(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_writes_the_layout() {
        let scalars = [Value::Nil, Value::Bool(true), Value::Bool(false), Value::Int(-5), Value::Int(i64::MIN), Value::Float(-0.0), Value::Float(f64::NAN), Value::Float(1.5)];
        for v in scalars.into_iter().chain([Value::EMPTY_STR, Value::Ptr(PtrRef { obj: ObjRef(3), idx: 1 })]) {
            let mut dst = Value::Map(ObjRef(7));
            Value::put(&mut dst, v);
            assert_eq!(format!("{dst:?}"), format!("{v:?}"));
        }
    }

    #[test]
    fn word_writes_and_copies_keep_the_value() {
        for i in [0, -5, i64::MIN, i64::MAX] {
            let mut dst = Value::Map(ObjRef(7));
            Value::put_int_words(&mut dst, i);
            assert_eq!(format!("{dst:?}"), format!("{:?}", Value::Int(i)));
        }
        let sources = [Value::Nil, Value::Bool(true), Value::Int(-5), Value::Float(-0.0), Value::EMPTY_STR, Value::Ptr(PtrRef { obj: ObjRef(3), idx: 1 })];
        for v in sources {
            let mut dst = Value::Map(ObjRef(7));
            // SAFETY: both are valid `Value`s.
            unsafe { Value::copy_forwarded(&mut dst, &v) };
            assert_eq!(format!("{dst:?}"), format!("{v:?}"));
        }
    }
}
