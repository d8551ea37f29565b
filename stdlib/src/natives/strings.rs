//! Owns package `strings`' natives (and `strings.Builder`'s methods, whose
//! receiver is `*Builder` laid out as `struct { buf string }`), wiring the
//! `strings` engine to vm values. Must not know the engine's algorithms.

use crate::glue::{self, int_arg, ret, str_arg};
use crate::strings as s;
use minigo_vm::heap::Heap;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, StrRef, Value};

fn bool_of(b: bool) -> NativeStep {
    NativeStep::one(Value::Bool(b))
}

fn int_of(i: i64) -> NativeStep {
    NativeStep::one(Value::Int(i))
}

macro_rules! two_strings {
    ($($name:ident => $body:expr),* $(,)?) => {
        $(fn $name(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
            let (a, b) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
            let f: fn(&mut NativeCtx, &[u8], &[u8]) -> NativeStep = $body;
            f(ctx, &a, &b)
        })*
    };
}

two_strings! {
    contains => |_, a, b| bool_of(s::contains(a, b)),
    count => |_, a, b| int_of(s::count(a, b)),
    has_prefix => |_, a, b| bool_of(s::has_prefix(a, b)),
    has_suffix => |_, a, b| bool_of(s::has_suffix(a, b)),
    index => |_, a, b| int_of(s::index(a, b)),
    last_index => |_, a, b| int_of(s::last_index(a, b)),
    equal_fold => |_, a, b| bool_of(s::equal_fold(a, b)),
    trim => |ctx, a, b| glue::ret_str(ctx, s::trim(a, b)),
    trim_left => |ctx, a, b| glue::ret_str(ctx, s::trim_left(a, b)),
    trim_right => |ctx, a, b| glue::ret_str(ctx, s::trim_right(a, b)),
    trim_prefix => |ctx, a, b| glue::ret_str(ctx, s::trim_prefix(a, b)),
    trim_suffix => |ctx, a, b| glue::ret_str(ctx, s::trim_suffix(a, b)),
    split => |ctx, a, b| { let v = glue::string_slice(ctx, s::split(a, b)); NativeStep::one(v) },
}

macro_rules! one_string {
    ($($name:ident => $body:expr),* $(,)?) => {
        $(fn $name(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
            let a = str_arg(ctx, args, 0);
            let f: fn(&mut NativeCtx, &[u8]) -> NativeStep = $body;
            f(ctx, &a)
        })*
    };
}

one_string! {
    to_lower => |ctx, a| glue::ret_str(ctx, &s::to_lower(a)),
    to_upper => |ctx, a| glue::ret_str(ctx, &s::to_upper(a)),
    trim_space => |ctx, a| glue::ret_str(ctx, s::trim_space(a)),
}

fn contains_rune(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    bool_of(s::contains_rune(&str_arg(ctx, args, 0), int_arg(args, 1)))
}

fn index_byte(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    int_of(s::index_byte(&str_arg(ctx, args, 0), int_arg(args, 1) as u8))
}

fn join(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let elems = glue::strings_arg(ctx, args, 0);
    let sep = str_arg(ctx, args, 1);
    glue::ret_str(ctx, &s::join(&elems, &sep))
}

fn repeat(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match s::repeat(&str_arg(ctx, args, 0), int_arg(args, 1)) {
        Ok(r) => glue::ret_str(ctx, &r),
        Err(msg) => glue::panic_string(ctx, msg),
    }
}

fn replace(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = s::replace(&str_arg(ctx, args, 0), &str_arg(ctx, args, 1), &str_arg(ctx, args, 2), int_arg(args, 3));
    glue::ret_str(ctx, &r)
}

fn replace_all(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = s::replace_all(&str_arg(ctx, args, 0), &str_arg(ctx, args, 1), &str_arg(ctx, args, 2));
    glue::ret_str(ctx, &r)
}

fn split_n(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let parts = s::split_n(&str_arg(ctx, args, 0), &str_arg(ctx, args, 1), int_arg(args, 2));
    let v = if parts.is_empty() { Value::Nil } else { glue::string_slice(ctx, parts) };
    NativeStep::one(v)
}

// ---- strings.Builder: `type Builder struct { buf string }` ----
//
// The accumulated bytes are one string value, grown in place by
// `Heap::str_append*` (the bytes already written never change), so `String()`
// returns the field itself without a copy, as Go's Builder does.

/// The builder's accumulated string (`""` for a nil receiver or a zero Builder).
fn builder_buf(ctx: &NativeCtx, recv: Value) -> StrRef {
    match glue::receiver_struct(ctx.heap, recv).and_then(|o| ctx.heap.agg(o).first().copied()) {
        Some(Value::Str(s)) => s,
        _ => StrRef::EMPTY,
    }
}

/// Replaces the builder's string by `grow(heap, buf)`; false on a nil receiver.
fn builder_grow_by(ctx: &mut NativeCtx, recv: Value, grow: impl FnOnce(&mut Heap, StrRef) -> StrRef) -> bool {
    let Some(obj) = glue::receiver_struct(ctx.heap, recv) else { return false };
    let buf = builder_buf(ctx, recv);
    let grown = grow(ctx.heap, buf);
    if let Some(slot) = ctx.heap.agg_mut(obj).first_mut() {
        *slot = Value::Str(grown);
    }
    true
}

/// Appends `bytes`; false on a nil receiver.
fn builder_append(ctx: &mut NativeCtx, recv: Value, bytes: &[u8]) -> bool {
    builder_grow_by(ctx, recv, |heap, buf| heap.str_append_bytes(buf, bytes))
}

fn builder_nil(ctx: &mut NativeCtx) -> NativeStep {
    glue::nil_deref(ctx)
}

fn builder_write_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let text = match glue::arg(args, 1) {
        Value::Str(t) => t,
        _ => StrRef::EMPTY,
    };
    if !builder_grow_by(ctx, glue::arg(args, 0), |heap, buf| heap.str_append(buf, text)) {
        return builder_nil(ctx);
    }
    ret([Value::Int(text.len as i64), Value::Nil])
}

fn builder_write(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let bytes = glue::bytes_of(ctx.heap, args.get(1).copied().unwrap_or_default());
    if !builder_append(ctx, glue::arg(args, 0), &bytes) {
        return builder_nil(ctx);
    }
    ret([Value::Int(bytes.len() as i64), Value::Nil])
}

fn builder_write_byte(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if !builder_append(ctx, glue::arg(args, 0), &[int_arg(args, 1) as u8]) {
        return builder_nil(ctx);
    }
    NativeStep::one(Value::Nil)
}

fn builder_write_rune(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let mut enc = Vec::with_capacity(4);
    crate::utf8::encode_rune(&mut enc, int_arg(args, 1));
    if !builder_append(ctx, glue::arg(args, 0), &enc) {
        return builder_nil(ctx);
    }
    ret([Value::Int(enc.len() as i64), Value::Nil])
}

fn builder_string(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Str(builder_buf(ctx, glue::arg(args, 0))))
}

fn builder_len(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    int_of(builder_buf(ctx, glue::arg(args, 0)).len as i64)
}

fn builder_reset(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some(obj) = glue::receiver_struct(ctx.heap, glue::arg(args, 0)) {
        if let Some(slot) = ctx.heap.agg_mut(obj).first_mut() {
            *slot = Value::EMPTY_STR;
        }
    }
    NativeStep::unit()
}

fn builder_grow(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if int_arg(args, 1) < 0 {
        return glue::panic_string(ctx, "strings.Builder.Grow: negative count");
    }
    NativeStep::unit()
}

/// `Fields`: the fields are substrings sharing the argument's bytes (no copy).
fn fields(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Value::Str(whole) = glue::arg(args, 0) else {
        return NativeStep::one(ctx.heap.alloc_slice(Vec::new()));
    };
    let bytes = ctx.heap.str_bytes(whole);
    // Counted first, so that the slice is allocated once at its final size.
    let mut count = 0;
    s::for_each_field(bytes, |_, _| count += 1);
    let mut parts = Vec::with_capacity(count);
    s::for_each_field(bytes, |from, to| parts.push(Value::Str(StrRef { obj: whole.obj, off: whole.off + from as u32, len: (to - from) as u32 })));
    NativeStep::one(ctx.heap.alloc_slice(parts))
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("Contains", contains),
        ("ContainsRune", contains_rune),
        ("Count", count),
        ("Fields", fields),
        ("HasPrefix", has_prefix),
        ("HasSuffix", has_suffix),
        ("Index", index),
        ("IndexByte", index_byte),
        ("Join", join),
        ("LastIndex", last_index),
        ("Repeat", repeat),
        ("Replace", replace),
        ("ReplaceAll", replace_all),
        ("Split", split),
        ("SplitN", split_n),
        ("ToLower", to_lower),
        ("ToUpper", to_upper),
        ("Trim", trim),
        ("TrimLeft", trim_left),
        ("TrimRight", trim_right),
        ("TrimPrefix", trim_prefix),
        ("TrimSuffix", trim_suffix),
        ("TrimSpace", trim_space),
        ("EqualFold", equal_fold),
        ("(*Builder).WriteString", builder_write_string),
        ("(*Builder).Write", builder_write),
        ("(*Builder).WriteByte", builder_write_byte),
        ("(*Builder).WriteRune", builder_write_rune),
        ("(*Builder).String", builder_string),
        ("(*Builder).Len", builder_len),
        ("(*Builder).Reset", builder_reset),
        ("(*Builder).Grow", builder_grow),
    ];
    for (name, f) in table {
        r.register(format!("strings.{name}"), *f);
    }
}
