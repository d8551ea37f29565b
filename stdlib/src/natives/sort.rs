//! Owns package `sort`'s natives: `Ints`, `Strings`, `Float64s` and
//! `SearchInts` on the slice's backing array with the Rust ports of Go's
//! algorithms, plus `sort.lenAny`/`sort.swapAny`, the reflective helpers of
//! `Slice`/`SliceStable` (whose pdqsort, written in minigo in `sort.mg`,
//! calls the user's `less`). Must not know the algorithms.

use crate::glue::{self, int_arg};
use crate::sort;
use minigo_vm::heap::SliceHeader;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

/// The slice header of a slice value, boxed in `any` or not.
fn header(ctx: &NativeCtx, v: Value) -> Option<SliceHeader> {
    let v = match v {
        Value::Iface(i) => ctx.heap.iface_value(i.data),
        other => other,
    };
    match v {
        Value::Slice(r) => Some(ctx.heap.slice_header(r)),
        _ => None,
    }
}

/// Sorts a slice's elements in place with `by` (a Rust port of Go's algorithm).
fn sort_in_place(ctx: &mut NativeCtx, v: Value, by: impl FnOnce(&minigo_vm::heap::Heap, &mut [Value])) {
    let Some(h) = header(ctx, v) else { return };
    let range = h.off as usize..(h.off + h.len) as usize;
    let mut elems = ctx.heap.agg(h.arr)[range.clone()].to_vec();
    by(ctx.heap, &mut elems);
    ctx.heap.agg_mut(h.arr)[range].copy_from_slice(&elems);
}

fn ints(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |_, e| {
        let n = e.len();
        sort::sort(&mut sort::SliceBy { data: e, less: |a: &Value, b: &Value| a.as_int() < b.as_int() }, n)
    });
    NativeStep::unit()
}

fn strings(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |heap, e| {
        let n = e.len();
        sort::sort(&mut sort::SliceBy { data: e, less: |a: &Value, b: &Value| heap.value_str(*a) < heap.value_str(*b) }, n)
    });
    NativeStep::unit()
}

fn float64s(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |_, e| {
        let n = e.len();
        let less = |a: &Value, b: &Value| {
            let (x, y) = (a.as_float(), b.as_float());
            x < y || (x.is_nan() && !y.is_nan())
        };
        sort::sort(&mut sort::SliceBy { data: e, less }, n)
    });
    NativeStep::unit()
}

fn search_ints(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let xs: Vec<i64> = ctx.heap.slice_elems(glue::arg(args, 0)).iter().map(|v| v.as_int()).collect();
    NativeStep::one(Value::Int(sort::search_ints(&xs, int_arg(args, 1))))
}

/// `func lenAny(x any) int`: the length of the slice in `x`.
fn len_any(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(header(ctx, glue::arg(args, 0)).map_or(0, |h| h.len as i64)))
}

/// `func swapAny(x any, i, j int)`: swaps two elements of the slice in `x`.
fn swap_any(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some(h) = header(ctx, glue::arg(args, 0)) {
        let (i, j) = (int_arg(args, 1), int_arg(args, 2));
        if (0..h.len as i64).contains(&i) && (0..h.len as i64).contains(&j) {
            ctx.heap.agg_mut(h.arr).swap(h.off as usize + i as usize, h.off as usize + j as usize);
        }
    }
    NativeStep::unit()
}

pub fn register(r: &mut NativeRegistry) {
    r.register("sort.Ints", ints);
    r.register("sort.Strings", strings);
    r.register("sort.Float64s", float64s);
    r.register("sort.SearchInts", search_ints);
    r.register("sort.lenAny", len_any);
    r.register("sort.swapAny", swap_any);
}
