//! Owns package `sort`'s natives: `Ints`, `Strings`, `Float64s` and
//! `SearchInts` on the slice's backing array with the Rust sorts of
//! `crate::sort`, plus the reflective helpers of `Slice`/`SliceStable`
//! (whose sorts, written in minigo in `sort.mg`, call the program's `less`):
//! `lenAny`, `swapAny`, `reverseAny`, `rotateAny`. Must not know the algorithms.

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

/// Sorts a slice's elements in place with `by`.
fn sort_in_place(ctx: &mut NativeCtx, v: Value, by: impl FnOnce(&minigo_vm::heap::Heap, &mut [Value])) {
    let Some(h) = header(ctx, v) else { return };
    let range = h.off as usize..(h.off + h.len) as usize;
    let mut elems = ctx.heap.agg(h.arr)[range.clone()].to_vec();
    by(ctx.heap, &mut elems);
    ctx.heap.agg_mut(h.arr)[range].copy_from_slice(&elems);
}

fn ints(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |_, e| {
        sort::unstable(e, |a, b| a.as_int() < b.as_int())
    });
    NativeStep::unit()
}

fn strings(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |heap, e| {
        sort::unstable(e, |a, b| heap.value_str(*a) < heap.value_str(*b))
    });
    NativeStep::unit()
}

fn float64s(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    sort_in_place(ctx, glue::arg(args, 0), |_, e| {
        sort::unstable(e, |a, b| {
            let (x, y) = (a.as_float(), b.as_float());
            x < y || (x.is_nan() && !y.is_nan())
        })
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

/// The backing-array positions `[lo, hi)` of the slice in `x`, when they
/// are within the slice (`sort.mg` only asks for valid ones).
fn elems_range(ctx: &NativeCtx, x: Value, lo: i64, hi: i64) -> Option<(minigo_vm::ObjRef, std::ops::Range<usize>)> {
    let h = header(ctx, x)?;
    (0 <= lo && lo <= hi && hi <= h.len as i64).then(|| (h.arr, (h.off as i64 + lo) as usize..(h.off as i64 + hi) as usize))
}

/// `func swapAny(x any, i, j int)`: exchanges two elements of the slice in `x`.
fn swap_any(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some(h) = header(ctx, glue::arg(args, 0)) {
        let (i, j) = (int_arg(args, 1), int_arg(args, 2));
        if (0..h.len as i64).contains(&i) && (0..h.len as i64).contains(&j) {
            ctx.heap.agg_mut(h.arr).swap(h.off as usize + i as usize, h.off as usize + j as usize);
        }
    }
    NativeStep::unit()
}

/// `func reverseAny(x any, lo, hi int)`: reverses elements `[lo, hi)`.
fn reverse_any(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    if let Some((arr, range)) = elems_range(ctx, glue::arg(args, 0), int_arg(args, 1), int_arg(args, 2)) {
        ctx.heap.agg_mut(arr)[range].reverse();
    }
    NativeStep::unit()
}

/// `func rotateAny(x any, lo, mid, hi int)`: puts elements `[mid, hi)` before `[lo, mid)`.
fn rotate_any(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (lo, mid) = (int_arg(args, 1), int_arg(args, 2));
    if let Some((arr, range)) = elems_range(ctx, glue::arg(args, 0), lo, int_arg(args, 3)) {
        if (lo..=lo + range.len() as i64).contains(&mid) {
            ctx.heap.agg_mut(arr)[range].rotate_left((mid - lo) as usize);
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
    r.register("sort.reverseAny", reverse_any);
    r.register("sort.rotateAny", rotate_any);
}
