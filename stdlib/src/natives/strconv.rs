//! Owns package `strconv`'s natives, wiring the `strconv` engine to vm values.
//! The exported parsers are minigo bodies in `strconv.mg` that build the
//! `*NumError` from the private natives' `(value, reason)`; the exported
//! natives here (building errors themselves) serve hand-built modules.
//! Must not know the engine's algorithms.

use crate::glue::{self, float_arg, int_arg, ret, str_arg};
use crate::strconv::{self as sc, NumError};
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

/// The `error` value for a `NumError`.
fn num_error(ctx: &mut NativeCtx, e: &NumError) -> Value {
    let func = ctx.heap.alloc_str(e.func.as_bytes());
    let num = ctx.heap.alloc_str(&e.num);
    let reason = glue::new_error(ctx.heap, ctx.module, e.reason().as_bytes());
    glue::error_value(ctx.heap, ctx.module, "*strconv.NumError", vec![func, num, reason]).unwrap_or_else(|| glue::new_error(ctx.heap, ctx.module, &e.message()))
}

fn itoa(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let mut buf = [0u8; 20];
    glue::ret_str(ctx, sc::format_decimal(int_arg(args, 0), &mut buf))
}

fn int_result(ctx: &mut NativeCtx, r: Result<i64, (i64, NumError)>) -> NativeStep {
    match r {
        Ok(v) => ret([Value::Int(v), Value::Nil]),
        Err((v, e)) => {
            let err = num_error(ctx, &e);
            ret([Value::Int(v), err])
        }
    }
}

fn atoi(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = sc::atoi(&str_arg(ctx, args, 0));
    int_result(ctx, r)
}

fn parse_int(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = sc::parse_int(&str_arg(ctx, args, 0), int_arg(args, 1), int_arg(args, 2));
    int_result(ctx, r)
}

fn parse_float(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match sc::parse_float(&str_arg(ctx, args, 0), int_arg(args, 1)) {
        Ok(v) => ret([Value::Float(v), Value::Nil]),
        Err((v, e)) => {
            let err = num_error(ctx, &e);
            ret([Value::Float(v), err])
        }
    }
}

fn parse_bool(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match sc::parse_bool(&str_arg(ctx, args, 0)) {
        Ok(b) => ret([Value::Bool(b), Value::Nil]),
        Err(e) => {
            let err = num_error(ctx, &e);
            ret([Value::Bool(false), err])
        }
    }
}

fn format_int(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let base = int_arg(args, 1);
    if !(2..=36).contains(&base) {
        return glue::panic_string(ctx, sc::ILLEGAL_BASE);
    }
    glue::ret_str(ctx, sc::format_int(int_arg(args, 0), base as u32).as_bytes())
}

fn format_float(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let bits = int_arg(args, 3);
    if bits != 32 && bits != 64 {
        return glue::panic_string(ctx, "strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    let s = sc::format_float(float_arg(args, 0), int_arg(args, 1) as u8, int_arg(args, 2), bits as u32);
    glue::ret_str(ctx, s.as_bytes())
}

fn quote(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let q = sc::quote(&str_arg(ctx, args, 0));
    glue::ret_str(ctx, &q)
}

/// `(*NumError).Error`: `strconv.Atoi: parsing "x": invalid syntax`.
fn num_error_text(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(obj) = glue::receiver_struct(ctx.heap, glue::arg(args, 0)) else { return glue::ret_str(ctx, b"<nil>") };
    let f = ctx.heap.agg(obj).to_vec();
    let get = |i: usize| f.get(i).copied().unwrap_or_default();
    let mut out = b"strconv.".to_vec();
    out.extend_from_slice(ctx.heap.value_str(get(0)));
    out.extend_from_slice(b": parsing ");
    sc::append_quote(&mut out, ctx.heap.value_str(get(1)));
    out.extend_from_slice(b": ");
    out.extend_from_slice(&super::errors::error_string_text(ctx.heap, get(2)));
    glue::ret_str(ctx, &out)
}

/// The `(value, reason)` pair the private parsing natives return.
fn with_reason(ctx: &mut NativeCtx, v: Value, e: Option<&NumError>) -> NativeStep {
    let reason = e.map(NumError::reason).unwrap_or_default();
    let r = glue::string(ctx, reason.as_bytes());
    ret([v, r])
}

/// `func parseInt(s string, base int, bitSize int) (int64, string)`.
fn parse_int_reason(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match sc::parse_int(&str_arg(ctx, args, 0), int_arg(args, 1), int_arg(args, 2)) {
        Ok(v) => with_reason(ctx, Value::Int(v), None),
        Err((v, e)) => with_reason(ctx, Value::Int(v), Some(&e)),
    }
}

/// `func parseFloat(s string, bitSize int) (float64, string)`.
fn parse_float_reason(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let bits = int_arg(args, 1);
    let round = |v: f64| if bits == 32 { v as f32 as f64 } else { v };
    match sc::parse_float(&str_arg(ctx, args, 0), bits) {
        Ok(v) => with_reason(ctx, Value::Float(round(v)), None),
        Err((v, e)) => with_reason(ctx, Value::Float(round(v)), Some(&e)),
    }
}

/// `func parseBool(str string) (bool, string)`.
fn parse_bool_reason(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match sc::parse_bool(&str_arg(ctx, args, 0)) {
        Ok(b) => with_reason(ctx, Value::Bool(b), None),
        Err(e) => with_reason(ctx, Value::Bool(false), Some(&e)),
    }
}

pub fn register(r: &mut NativeRegistry) {
    r.register("strconv.parseInt", parse_int_reason);
    r.register("strconv.parseFloat", parse_float_reason);
    r.register("strconv.parseBool", parse_bool_reason);
    r.register("strconv.Itoa", itoa);
    r.register("strconv.Atoi", atoi);
    r.register("strconv.ParseInt", parse_int);
    r.register("strconv.ParseFloat", parse_float);
    r.register("strconv.ParseBool", parse_bool);
    r.register("strconv.FormatInt", format_int);
    r.register("strconv.FormatFloat", format_float);
    r.register("strconv.Quote", quote);
    r.register("strconv.(*NumError).Error", num_error_text);
}
