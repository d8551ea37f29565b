//! Owns package `math/bits`'s natives (registered as `bits.Name`): counting,
//! rotating and reversing bits of every unsigned width, and the full-width
//! arithmetic (`Add`, `Sub`, `Mul`, `Div`, `Rem`) with Go's panics. `uint` is
//! 64 bits wide (`bits.UintSize` is declared in `bits.mg`). Arguments arrive
//! zero-extended (the vm's rule for unsigned kinds) and results leave the same way.
//! Must not know how the vm calls natives.

use crate::glue::{self, int_arg, ret};
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

const DIVIDE_BY_ZERO: &str = "runtime error: integer divide by zero";
const OVERFLOW: &str = "runtime error: integer overflow";

/// An unsigned result of any width (its bits zero-extended into the i64).
fn uint(v: u64) -> Value {
    Value::Int(v as i64)
}

/// Argument `i` as an unsigned 64-bit pattern.
fn u(args: &[Value], i: usize) -> u64 {
    int_arg(args, i) as u64
}

/// The counting, rotating and reversing natives of one width, named by the
/// suffix Go gives that width (`8`, `16`, `32`, `64`, and none for `uint`).
macro_rules! per_width {
    ($t:ty, $lz:ident, $tz:ident, $ones:ident, $rot:ident, $rev:ident, $len:ident) => {
        fn $lz(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            NativeStep::one(Value::Int((u(args, 0) as $t).leading_zeros() as i64))
        }
        fn $tz(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            NativeStep::one(Value::Int((u(args, 0) as $t).trailing_zeros() as i64))
        }
        fn $ones(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            NativeStep::one(Value::Int((u(args, 0) as $t).count_ones() as i64))
        }
        /// Rotates by `k` modulo the width; a negative `k` rotates right.
        fn $rot(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            let k = int_arg(args, 1).rem_euclid(<$t>::BITS as i64) as u32;
            NativeStep::one(uint((u(args, 0) as $t).rotate_left(k) as u64))
        }
        fn $rev(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            NativeStep::one(uint((u(args, 0) as $t).reverse_bits() as u64))
        }
        /// The number of bits needed to write x: 0 for 0.
        fn $len(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
            NativeStep::one(Value::Int((<$t>::BITS - (u(args, 0) as $t).leading_zeros()) as i64))
        }
    };
}

per_width!(u8, leading_zeros8, trailing_zeros8, ones_count8, rotate_left8, reverse8, len8);
per_width!(u16, leading_zeros16, trailing_zeros16, ones_count16, rotate_left16, reverse16, len16);
per_width!(u32, leading_zeros32, trailing_zeros32, ones_count32, rotate_left32, reverse32, len32);
per_width!(u64, leading_zeros64, trailing_zeros64, ones_count64, rotate_left64, reverse64, len64);

fn reverse_bytes16(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(uint((u(args, 0) as u16).swap_bytes() as u64))
}
fn reverse_bytes32(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(uint((u(args, 0) as u32).swap_bytes() as u64))
}
fn reverse_bytes64(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(uint(u(args, 0).swap_bytes()))
}

/// `Add32`: the 33-bit sum of x, y and carry split into its low 32 bits and
/// what is above them (the carry is 0 or 1 when the input carry is).
fn add32(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let wide = (u(args, 0) as u32 as u64) + (u(args, 1) as u32 as u64) + (u(args, 2) as u32 as u64);
    ret([uint(wide as u32 as u64), uint(wide >> 32)])
}

/// `Add64` (and `Add`): the wrapped sum and the carry out of bit 63. Go
/// compiles a direct call on amd64 to an add-with-carry whose incoming carry
/// is the flag "carry != 0", so any nonzero carry counts as 1 here too.
fn add64(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (x, y, carry) = (u(args, 0), u(args, 1), (u(args, 2) != 0) as u64);
    let sum = x.wrapping_add(y).wrapping_add(carry);
    let carry_out = ((x & y) | ((x | y) & !sum)) >> 63;
    ret([uint(sum), uint(carry_out)])
}

/// `Sub32`: the wrapped difference and the borrow out of bit 31, from the
/// top bits of x, y and the difference.
fn sub32(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (x, y, borrow) = (u(args, 0) as u32, u(args, 1) as u32, u(args, 2) as u32);
    let diff = x.wrapping_sub(y).wrapping_sub(borrow);
    let borrow_out = ((!x & y) | (!(x ^ y) & diff)) >> 31;
    ret([uint(diff as u64), uint(borrow_out as u64)])
}

/// `Sub64` (and `Sub`): as `Sub32`, on 64 bits, except that any nonzero
/// borrow counts as 1 (Go's subtract-with-borrow on amd64, as in `add64`).
fn sub64(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (x, y, borrow) = (u(args, 0), u(args, 1), (u(args, 2) != 0) as u64);
    let diff = x.wrapping_sub(y).wrapping_sub(borrow);
    let borrow_out = ((!x & y) | (!(x ^ y) & diff)) >> 63;
    ret([uint(diff), uint(borrow_out)])
}

/// `Mul32`: the 64-bit product as its high and low halves.
fn mul32(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let product = (u(args, 0) as u32 as u64) * (u(args, 1) as u32 as u64);
    ret([uint(product >> 32), uint(product as u32 as u64)])
}

/// `Mul64` (and `Mul`): the 128-bit product as its high and low halves.
fn mul64(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let product = (u(args, 0) as u128) * (u(args, 1) as u128);
    ret([uint((product >> 64) as u64), uint(product as u64)])
}

/// `Div32`: (hi, lo) / y. A quotient that does not fit (y <= hi) is Go's
/// integer overflow panic; y == 0 then divides by zero.
fn div32(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (hi, lo, y) = (u(args, 0) as u32 as u64, u(args, 1) as u32 as u64, u(args, 2) as u32 as u64);
    if y != 0 && y <= hi {
        return glue::runtime_error(ctx, OVERFLOW);
    }
    if y == 0 {
        return glue::runtime_error(ctx, DIVIDE_BY_ZERO);
    }
    let n = hi << 32 | lo;
    ret([uint(n / y), uint(n % y)])
}

/// `Div64` (and `Div`): (hi, lo) / y; y == 0 is checked before the overflow.
fn div64(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (hi, lo, y) = (u(args, 0), u(args, 1), u(args, 2));
    if y == 0 {
        return glue::runtime_error(ctx, DIVIDE_BY_ZERO);
    }
    if y <= hi {
        return glue::runtime_error(ctx, OVERFLOW);
    }
    let n = (hi as u128) << 64 | lo as u128;
    let y = y as u128;
    ret([uint((n / y) as u64), uint((n % y) as u64)])
}

/// `Rem32`: (hi, lo) % y, which never overflows; y == 0 divides by zero.
fn rem32(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (hi, lo, y) = (u(args, 0) as u32 as u64, u(args, 1) as u32 as u64, u(args, 2) as u32 as u64);
    if y == 0 {
        return glue::runtime_error(ctx, DIVIDE_BY_ZERO);
    }
    NativeStep::one(uint((hi << 32 | lo) % y))
}

/// `Rem64` (and `Rem`): (hi, lo) % y on 128 bits; y == 0 divides by zero.
fn rem64(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (hi, lo, y) = (u(args, 0), u(args, 1), u(args, 2));
    if y == 0 {
        return glue::runtime_error(ctx, DIVIDE_BY_ZERO);
    }
    let n = (hi as u128) << 64 | lo as u128;
    NativeStep::one(uint((n % y as u128) as u64))
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("LeadingZeros", leading_zeros64),
        ("LeadingZeros8", leading_zeros8),
        ("LeadingZeros16", leading_zeros16),
        ("LeadingZeros32", leading_zeros32),
        ("LeadingZeros64", leading_zeros64),
        ("TrailingZeros", trailing_zeros64),
        ("TrailingZeros8", trailing_zeros8),
        ("TrailingZeros16", trailing_zeros16),
        ("TrailingZeros32", trailing_zeros32),
        ("TrailingZeros64", trailing_zeros64),
        ("OnesCount", ones_count64),
        ("OnesCount8", ones_count8),
        ("OnesCount16", ones_count16),
        ("OnesCount32", ones_count32),
        ("OnesCount64", ones_count64),
        ("RotateLeft", rotate_left64),
        ("RotateLeft8", rotate_left8),
        ("RotateLeft16", rotate_left16),
        ("RotateLeft32", rotate_left32),
        ("RotateLeft64", rotate_left64),
        ("Reverse", reverse64),
        ("Reverse8", reverse8),
        ("Reverse16", reverse16),
        ("Reverse32", reverse32),
        ("Reverse64", reverse64),
        ("ReverseBytes", reverse_bytes64),
        ("ReverseBytes16", reverse_bytes16),
        ("ReverseBytes32", reverse_bytes32),
        ("ReverseBytes64", reverse_bytes64),
        ("Len", len64),
        ("Len8", len8),
        ("Len16", len16),
        ("Len32", len32),
        ("Len64", len64),
        ("Add", add64),
        ("Add32", add32),
        ("Add64", add64),
        ("Sub", sub64),
        ("Sub32", sub32),
        ("Sub64", sub64),
        ("Mul", mul64),
        ("Mul32", mul32),
        ("Mul64", mul64),
        ("Div", div64),
        ("Div32", div32),
        ("Div64", div64),
        ("Rem", rem64),
        ("Rem32", rem32),
        ("Rem64", rem64),
    ];
    for (name, f) in table {
        r.register(format!("bits.{name}"), *f);
    }
}
