//! Owns package `unicode/utf8`'s natives (registered as `utf8.Name` and `unicode/utf8.Name`).
//! Must not know decoding rules (see `crate::utf8`).

use crate::glue::{int_arg, ret, str_arg};
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

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] =
        &[("RuneCountInString", rune_count_in_string), ("RuneLen", rune_len), ("DecodeRuneInString", decode_rune_in_string), ("ValidString", valid_string)];
    // Both the package name and Go's symbol prefix (`unicode/utf8.RuneLen`).
    for (name, f) in table {
        r.register(format!("utf8.{name}"), *f);
        r.register(format!("unicode/utf8.{name}"), *f);
    }
}
