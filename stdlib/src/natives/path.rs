//! Owns the natives of packages `path` and `path/filepath` (Unix: the same
//! lexical rules): they hand strings to the `path` engine. Must not know the
//! engine's algorithms.

use crate::glue::{self, str_arg};
use crate::path;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

fn clean(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = path::clean(&str_arg(ctx, args, 0));
    glue::ret_str(ctx, &p)
}

fn split(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    let (d, f) = path::split(&p);
    let (d, f) = (glue::string(ctx, d), glue::string(ctx, f));
    glue::ret([d, f])
}

fn join(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = path::join(&glue::strings_arg(ctx, args, 0));
    glue::ret_str(ctx, &p)
}

fn base(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = path::base(&str_arg(ctx, args, 0));
    glue::ret_str(ctx, &p)
}

fn dir(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = path::dir(&str_arg(ctx, args, 0));
    glue::ret_str(ctx, &p)
}

fn ext(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    let e = path::ext(&p).to_vec();
    glue::ret_str(ctx, &e)
}

/// `func matchPattern(pattern, name string) (matched, bad bool)`.
fn match_pattern(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (p, n) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    let (m, bad) = match path::matches(&p, &n) {
        Ok(m) => (m, false),
        Err(()) => (false, true),
    };
    glue::ret([Value::Bool(m), Value::Bool(bad)])
}

pub fn register(r: &mut NativeRegistry) {
    for pkg in ["path", "filepath"] {
        let table: &[(&str, minigo_vm::NativeFn)] =
            &[("Clean", clean), ("Split", split), ("Join", join), ("Base", base), ("Dir", dir), ("Ext", ext), ("matchPattern", match_pattern)];
        for (name, f) in table {
            r.register(format!("{pkg}.{name}"), *f);
        }
    }
}
