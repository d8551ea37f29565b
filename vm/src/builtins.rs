//! Owns the natives the VM itself provides for Go's builtins that can be
//! deferred or started with `go` (`builtin.print`, `builtin.println`,
//! `builtin.panic`, `builtin.recover`, `builtin.close`, `builtin.delete`,
//! `builtin.copy`, `builtin.clear`) and
//! `runtime.Goexit`, `runtime.panicwrap` (a `(*T).M` wrapper called with a
//! nil pointer), plus the builtin print formatting. Must not know stdlib packages.

use crate::native::{NativeCtx, NativeFn, NativeStep};
use crate::value::Value;

/// The VM-provided native named `name`, if any.
pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "builtin.print" => print,
        "builtin.println" => println,
        "builtin.panic" => panic,
        "builtin.recover" => recover,
        "builtin.close" => close,
        "builtin.delete" => delete,
        "builtin.copy" => copy,
        "builtin.clear" => clear,
        "runtime.Goexit" => goexit,
        "runtime.panicwrap" => panicwrap,
        "runtime.panicrangestate" => panic_range_state,
        "runtime.rangeFuncFrame" => |_, _| NativeStep::CallerFrame,
        "runtime.deferToFrame" => |_, args| NativeStep::MoveDefer(args.first().copied().unwrap_or(Value::Nil)),
        _ => return None,
    })
}

fn print(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let mut s = String::new();
    for a in args {
        format_builtin(ctx, *a, &mut s);
    }
    ctx.out.write_stderr(s.as_bytes());
    NativeStep::unit()
}

fn println(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let mut s = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        format_builtin(ctx, *a, &mut s);
    }
    s.push('\n');
    ctx.out.write_stderr(s.as_bytes());
    NativeStep::unit()
}

fn panic(_ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::Panic(args.first().copied().unwrap_or(Value::Nil))
}

/// `defer recover()`: called by the defer machinery itself, never recovers.
fn recover(_ctx: &mut NativeCtx, _args: &[Value]) -> NativeStep {
    NativeStep::unit()
}

fn close(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    match crate::ops::chanops::close_chan(ctx.heap, args.first().copied().unwrap_or_default()) {
        Ok(c) => {
            ctx.wake_all(c);
            NativeStep::unit()
        }
        Err(text) => NativeStep::Panic(plain_error(ctx, text)),
    }
}

fn delete(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let (Some(Value::Map(m)), Some(k)) = (args.first(), args.get(1)) {
        let _ = crate::map::map_delete(ctx.heap, ctx.module, *m, *k);
    }
    NativeStep::unit()
}

/// `defer copy(dst, src)` (the count is discarded).
fn copy(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let [dst, src] = args {
        crate::ops::slice::copy(ctx.heap, *dst, *src);
    }
    NativeStep::unit()
}

fn clear(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some(v) = args.first() {
        crate::ops::slice::clear(ctx.heap, *v);
    }
    NativeStep::unit()
}

/// A `runtime.plainError` panic value (from a native, without the VM's tables).
fn plain_error(ctx: &mut NativeCtx, text: &str) -> Value {
    runtime_error(ctx, "runtime.plainError", text)
}

/// A runtime error value of the runtime type `ty_name` with message `text`.
fn runtime_error(ctx: &mut NativeCtx, ty_name: &str, text: &str) -> Value {
    let ty = ctx.module.type_named(ty_name).unwrap_or(crate::bytecode::TypeId(0));
    let s = ctx.heap.alloc_str(text.as_bytes());
    let data = ctx.heap.alloc_box(s);
    Value::Iface(crate::value::IfaceRef { ty, data })
}

/// `runtime.panicrangestate(state)`: a range-over-func loop's state says its
/// iterator misbehaved (the state codes are the compiler's, after Go's
/// `abi.RF_*`: 0 the body returned false, 2 the body panicked, 3 the
/// iterator already returned, 4 the iterator returned normally while a body
/// panic was unresolved). Panics with Go's `runtime.errorString`.
fn panic_range_state(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let text = match args.first().map(|v| v.as_int()) {
        Some(0) => "range function continued iteration after function for loop body returned false",
        Some(2) => "range function continued iteration after loop body panic",
        Some(3) => "range function continued iteration after whole loop exit",
        _ => "range function recovered a loop body panic and did not resume panicking",
    };
    let text = format!("runtime error: {text}");
    NativeStep::Panic(runtime_error(ctx, "runtime.errorString", &text))
}

/// `runtime.panicwrap(text)`: panics with the `runtime.plainError` `text`.
fn panicwrap(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let text = match args.first() {
        Some(&s) => String::from_utf8_lossy(ctx.heap.value_str(s)).into_owned(),
        None => String::new(),
    };
    NativeStep::Panic(plain_error(ctx, &text))
}

fn goexit(_ctx: &mut NativeCtx, _args: &[Value]) -> NativeStep {
    NativeStep::Goexit
}

/// Formats one value as Go's builtin `print` does. Arguments arrive as raw
/// values (ints print signed, floats as float64); an argument boxed with
/// `ToIface` prints by its dynamic type (so the compiler boxes unsigned and
/// float32 arguments to get `18446744073709551615` and float32 digits).
/// An interface value as Go's `println` shows it: `(type word,data word)`
/// (made-up but stable addresses).
fn iface_words(i: crate::value::IfaceRef) -> String {
    format!("({:#x},{:#x})", 0xc000_0000u64 + i.ty.0 as u64 * 8, 0xc000_1000u64 + i.data.0 as u64 * 8)
}

pub fn format_builtin(ctx: &NativeCtx, v: Value, out: &mut String) {
    if let Value::Iface(i) = v {
        let inner = ctx.heap.iface_value(i.data);
        match ctx.module.ty(i.ty).kind {
            // An interface or slice argument boxed with its static type.
            crate::bytecode::TypeKind::Interface { .. } => {
                return match inner {
                    Value::Iface(held) => out.push_str(&iface_words(held)),
                    _ => out.push_str("(0x0,0x0)"),
                }
            }
            crate::bytecode::TypeKind::Slice { .. } => {
                let (len, cap) = (crate::ops::slice::len(ctx.heap, inner), crate::ops::slice::cap(ctx.heap, inner));
                out.push_str(&format!("[{len}/{cap}]"));
                return format_builtin(ctx, inner, out);
            }
            crate::bytecode::TypeKind::Int(k) if k.is_unsigned() => return out.push_str(&(inner.as_int() as u64).to_string()),
            crate::bytecode::TypeKind::Float { bits } => return out.push_str(&crate::fmtfloat::format_g(inner.as_float(), bits as u32)),
            crate::bytecode::TypeKind::Int(_) | crate::bytecode::TypeKind::Bool | crate::bytecode::TypeKind::String => return format_builtin(ctx, inner, out),
            _ => {}
        }
    }
    match v {
        Value::Nil => out.push_str("0x0"),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&crate::fmtfloat::format_g(f, 64)),
        Value::Str(s) => out.push_str(&String::from_utf8_lossy(ctx.heap.str_bytes(s))),
        Value::Iface(i) => out.push_str(&iface_words(i)),
        other => out.push_str(&format!("{:#x}", 0xc000_0000u64 + other.obj().map(|o| o.0 as u64 * 8).unwrap_or(0))),
    }
}
