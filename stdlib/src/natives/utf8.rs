//! Owns package `unicode/utf8`'s natives (registered as `utf8.Name` and `unicode/utf8.Name`).
//! Must not know decoding rules (see `crate::utf8`).

use crate::glue::{self, int_arg, ret, str_arg};
use crate::utf8;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

fn rune_count_in_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(utf8::rune_count(&str_arg(ctx, args, 0)) as i64))
}
fn rune_len(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(utf8::rune_len(int_arg(args, 0))))
}
fn decode_rune_in_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (r, w) = utf8::decode_rune(&str_arg(ctx, args, 0));
    ret([Value::Int(r as i64), Value::Int(w as i64)])
}
fn valid_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Bool(utf8::valid(&str_arg(ctx, args, 0))))
}

/// The first `n` bytes of a `[]byte` argument (no more are read).
fn byte_prefix(ctx: &NativeCtx, args: &[Value], i: usize, n: usize) -> Vec<u8> {
    let elems = ctx.heap.slice_elems(args.get(i).copied().unwrap_or_default());
    elems.iter().take(n).map(|v| v.as_int() as u8).collect()
}

fn decode_rune(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (r, w) = utf8::decode_rune(&byte_prefix(ctx, args, 0, utf8::UTF_MAX));
    ret([Value::Int(r as i64), Value::Int(w as i64)])
}
fn decode_last_rune(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (r, w) = utf8::decode_last_rune(&glue::bytes_of(ctx.heap, glue::arg(args, 0)));
    ret([Value::Int(r as i64), Value::Int(w as i64)])
}
fn decode_last_rune_in_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (r, w) = utf8::decode_last_rune(&str_arg(ctx, args, 0));
    ret([Value::Int(r as i64), Value::Int(w as i64)])
}
fn full_rune(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Bool(utf8::full_rune(&byte_prefix(ctx, args, 0, utf8::UTF_MAX))))
}
fn full_rune_in_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let s = str_arg(ctx, args, 0);
    NativeStep::one(Value::Bool(utf8::full_rune(&s)))
}
fn rune_count(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(utf8::rune_count(&glue::bytes_of(ctx.heap, glue::arg(args, 0))) as i64))
}
fn valid(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Bool(utf8::valid(&glue::bytes_of(ctx.heap, glue::arg(args, 0)))))
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("RuneCountInString", rune_count_in_string),
        ("RuneLen", rune_len),
        ("DecodeRuneInString", decode_rune_in_string),
        ("ValidString", valid_string),
        ("DecodeRune", decode_rune),
        ("DecodeLastRune", decode_last_rune),
        ("DecodeLastRuneInString", decode_last_rune_in_string),
        ("FullRune", full_rune),
        ("FullRuneInString", full_rune_in_string),
        ("RuneCount", rune_count),
        ("Valid", valid),
    ];
    // Both the package name and Go's symbol prefix (`unicode/utf8.RuneLen`).
    for (name, f) in table {
        r.register(format!("utf8.{name}"), *f);
        r.register(format!("unicode/utf8.{name}"), *f);
    }
}
