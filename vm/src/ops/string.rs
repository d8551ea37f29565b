//! Owns string instructions: concatenation, comparison, indexing, substrings
//! (sharing the bytes), conversions to and from bytes/runes, range decoding,
//! and the other `Convert` ops (`strconv.Itoa`'s digits, `math/bits`' bit counts).
//! Must not know anything beyond the heap and runtime errors.

use crate::bytecode::{ConvOp, SliceMode};
use crate::heap::Heap;
use crate::value::{StrRef, Value};
use crate::vm::Vm;
use std::cmp::Ordering;

/// Longest string the VM builds (string lengths are 32-bit; Go would run out
/// of memory long before this on most machines).
pub const MAX_STRING_LEN: usize = 1 << 31;

/// `a + b` (grows `a`'s bytes in place when nothing follows them: see
/// `Heap::str_append`).
pub(crate) fn concat(heap: &mut Heap, a: Value, b: Value) -> Result<Value, ()> {
    let as_str = |v: Value| if let Value::Str(s) = v { s } else { StrRef::EMPTY };
    let (x, y) = (as_str(a), as_str(b));
    if x.len as usize + y.len as usize > MAX_STRING_LEN {
        return Err(());
    }
    Ok(Value::Str(heap.str_append(x, y)))
}

/// What `AppendStrField`/`AppendDecimalField` append.
#[derive(Clone, Copy)]
pub(crate) enum Tail {
    /// The string itself.
    Str,
    /// One byte (an integer).
    Byte,
    /// The decimal text of an integer.
    Decimal,
}

/// `AppendStrField`/`AppendDecimalField`: appends `src` as `tail` says to
/// field 0 of the struct `ptr` points to; returns the bytes appended.
pub(crate) fn append_str_field(vm: &mut Vm, ptr: Value, src: Value, tail: Tail) -> Result<i64, Value> {
    let obj = match ptr {
        Value::Ptr(p) => match vm.heap.load(p) {
            Value::Struct(obj) => obj,
            _ => return Err(vm.rt.nil_deref(&mut vm.heap)),
        },
        _ => return Err(vm.rt.nil_deref(&mut vm.heap)),
    };
    let buf = match vm.heap.agg(obj).first() {
        Some(Value::Str(s)) => *s,
        _ => StrRef::EMPTY,
    };
    let (grown, n) = match tail {
        Tail::Str => {
            let text = if let Value::Str(t) = src { t } else { StrRef::EMPTY };
            (vm.heap.str_append(buf, text), text.len as usize)
        }
        Tail::Byte => (vm.heap.str_append_bytes(buf, &[src.as_int() as u8]), 1),
        Tail::Decimal => {
            let mut digits = [0u8; 20];
            let text = crate::fmtint::format_decimal(src.as_int(), &mut digits);
            (vm.heap.str_append_bytes(buf, text), text.len())
        }
    };
    if let Some(field) = vm.heap.agg_mut(obj).first_mut() {
        set_grown(field, grown);
    }
    Ok(n as i64)
}

/// Stores `grown` into `field`; when it is the field's own string grown in
/// place, only the length changes (no 16-byte `Value` assembled on the stack
/// and reloaded: a store-forwarding stall on every builder write).
#[inline(always)]
pub(crate) fn set_grown(field: &mut Value, grown: StrRef) {
    match field {
        Value::Str(s) if s.obj == grown.obj && s.off == grown.off => s.len = grown.len,
        other => *other = Value::Str(grown),
    }
}

#[inline]
pub(crate) fn compare(heap: &Heap, a: Value, b: Value) -> Ordering {
    heap.value_str(a).cmp(heap.value_str(b))
}

pub(crate) fn index(vm: &mut Vm, s: Value, i: Value) -> Result<Value, Value> {
    let bytes = vm.heap.value_str(s);
    let i = i.as_int();
    if i < 0 || i as usize >= bytes.len() {
        let len = bytes.len();
        return Err(vm.rt.index_out_of_range(&mut vm.heap, i, len));
    }
    Ok(Value::Int(bytes[i as usize] as i64))
}

pub(crate) fn slice(vm: &mut Vm, s: Value, bounds: [Value; 2], mode: SliceMode) -> Result<Value, Value> {
    let r = match s {
        Value::Str(r) => r,
        _ => StrRef::EMPTY,
    };
    let len = r.len as i64;
    let lo = if mode.has_lo() { bounds[0].as_int() } else { 0 };
    let hi = if mode.has_hi() { bounds[1].as_int() } else { len };
    if hi < 0 || hi > len || lo < 0 || lo > hi {
        return Err(vm.rt.slice_out_of_range(&mut vm.heap, lo, hi, None, len as usize, "length"));
    }
    if lo == hi {
        return Ok(Value::EMPTY_STR);
    }
    Ok(Value::Str(StrRef { obj: r.obj, off: r.off + lo as u32, len: (hi - lo) as u32 }))
}

pub(crate) fn convert(heap: &mut Heap, v: Value, op: ConvOp) -> Value {
    match op {
        ConvOp::RuneToStr => {
            let c = u32::try_from(v.as_int()).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            heap.alloc_str(c.encode_utf8(&mut buf).as_bytes())
        }
        ConvOp::BytesToStr => {
            let bytes: Vec<u8> = heap.slice_elems(v).iter().map(|b| b.as_int() as u8).collect();
            heap.alloc_str(&bytes)
        }
        ConvOp::StrToBytes => {
            let elems: Vec<Value> = heap.value_str(v).iter().map(|b| Value::Int(*b as i64)).collect();
            heap.alloc_slice(elems)
        }
        ConvOp::RunesToStr => {
            let mut s = String::new();
            for r in heap.slice_elems(v) {
                s.push(u32::try_from(r.as_int()).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
            }
            heap.alloc_str(s.as_bytes())
        }
        ConvOp::IntToDecimal => {
            let mut buf = [0u8; 20];
            heap.alloc_str(crate::fmtint::format_decimal(v.as_int(), &mut buf))
        }
        ConvOp::OnesCount => Value::Int((v.as_int() as u64).count_ones() as i64),
        ConvOp::BitLen => Value::Int(64 - (v.as_int() as u64).leading_zeros() as i64),
        ConvOp::LeadingZeros64 => Value::Int((v.as_int() as u64).leading_zeros() as i64),
        ConvOp::TrailingZeros64 => Value::Int((v.as_int() as u64).trailing_zeros() as i64),
        ConvOp::StrToRunes => {
            let runes: Vec<Value> = decode_runes(heap.value_str(v)).map(|(_, r, _)| Value::Int(r as i64)).collect();
            heap.alloc_slice(runes)
        }
    }
}

/// Decodes one UTF-8 rune at the start of `b` as Go does: (rune, width); invalid → (U+FFFD, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (0xFFFD, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

fn decode_runes(b: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// One step of `for i, r := range s`: regs[0] string, regs[1] next offset;
/// writes regs[2] = offset, regs[3] = rune. False when done.
pub(crate) fn next_rune(heap: &Heap, regs: &mut [Value]) -> bool {
    let bytes = heap.value_str(regs[0]);
    let at = regs[1].as_int() as usize;
    if at >= bytes.len() {
        return false;
    }
    let (r, w) = decode_rune(&bytes[at..]);
    regs[1] = Value::Int((at + w) as i64);
    regs[2] = Value::Int(at as i64);
    regs[3] = Value::Int(r as i64);
    true
}

