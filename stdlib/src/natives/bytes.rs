//! Owns the natives over `[]byte` values that package `bytes` exports and
//! package `bufio` uses: they read the slice's elements in place (no copy
//! of the whole slice per call, which would make a line scan quadratic).
//! Must not know the packages' other members.

use crate::glue;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

/// `func indexByte(b []byte, c byte) int`: the first index of `c` in `b`, or -1.
fn index_byte(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let c = glue::int_arg(args, 1) as u8 as i64;
    let elems = ctx.heap.slice_elems(glue::arg(args, 0));
    let i = elems.iter().position(|v| v.as_int() as u8 as i64 == c).map_or(-1, |i| i as i64);
    NativeStep::one(Value::Int(i))
}

pub fn register(r: &mut NativeRegistry) {
    r.register("bufio.indexByte", index_byte);
    r.register("bytes.IndexByte", index_byte);
}
