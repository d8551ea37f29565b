//! Owns the small conversions every native needs between the vm's `Value`s
//! and the engines' Rust types: reading string/int/slice arguments, building
//! strings, `[]string`, `[]byte` appends, `any`-boxed panic values and error
//! values of stdlib types. Must not know any package's behaviour.

pub mod operand;

use minigo_vm::bytecode::{Module, TypeId, TypeKind};
use minigo_vm::heap::{Heap, SliceHeader};
use minigo_vm::{IfaceRef, NativeCtx, NativeStep, Value, Values};

/// Argument `i` (nil when absent: natives never index out of bounds).
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or_default()
}

/// A panic with a `runtime.Error` whose `Error()` is `text` (a
/// `runtime.errorString`, as Go's runtime makes for these errors).
pub fn runtime_error(ctx: &mut NativeCtx, text: &str) -> NativeStep {
    match type_named(ctx.module, "runtime.errorString") {
        Some(ty) => {
            let s = ctx.heap.alloc_str(text.as_bytes());
            NativeStep::Panic(boxed(ctx.heap, ty, s))
        }
        None => panic_string(ctx, text),
    }
}

/// The panic value of a nil pointer dereference (a `runtime.Error`).
pub fn nil_deref(ctx: &mut NativeCtx) -> NativeStep {
    runtime_error(ctx, "runtime error: invalid memory address or nil pointer dereference")
}

/// The bytes of a string argument.
pub fn str_arg(ctx: &NativeCtx, args: &[Value], i: usize) -> Vec<u8> {
    ctx.heap.value_str(args.get(i).copied().unwrap_or_default()).to_vec()
}

/// An integer argument (any integer kind).
pub fn int_arg(args: &[Value], i: usize) -> i64 {
    args.get(i).copied().unwrap_or_default().as_int()
}

/// A float argument.
pub fn float_arg(args: &[Value], i: usize) -> f64 {
    args.get(i).copied().unwrap_or_default().as_float()
}

/// The elements of a slice argument (variadic arguments arrive as one slice).
pub fn slice_arg(ctx: &NativeCtx, args: &[Value], i: usize) -> Vec<Value> {
    ctx.heap.slice_elems(args.get(i).copied().unwrap_or_default()).to_vec()
}

/// The strings of a `[]string` argument.
pub fn strings_arg(ctx: &NativeCtx, args: &[Value], i: usize) -> Vec<Vec<u8>> {
    slice_arg(ctx, args, i).into_iter().map(|v| ctx.heap.value_str(v).to_vec()).collect()
}

/// A new string value.
pub fn string(ctx: &mut NativeCtx, bytes: &[u8]) -> Value {
    ctx.heap.alloc_str(bytes)
}

/// A new `[]string`.
pub fn string_slice(ctx: &mut NativeCtx, items: Vec<Vec<u8>>) -> Value {
    let elems: Vec<Value> = items.iter().map(|s| ctx.heap.alloc_str(s)).collect();
    ctx.heap.alloc_slice(elems)
}

/// Returns these values.
pub fn ret(values: impl IntoIterator<Item = Value>) -> NativeStep {
    NativeStep::Return(values.into_iter().collect::<Values>())
}

/// Returns one string.
pub fn ret_str(ctx: &mut NativeCtx, bytes: &[u8]) -> NativeStep {
    let v = string(ctx, bytes);
    NativeStep::one(v)
}

/// Boxes `v` of type `ty` as an interface value (`any`, `error`).
pub fn boxed(heap: &mut Heap, ty: TypeId, v: Value) -> Value {
    let data = heap.alloc_box(v);
    Value::Iface(IfaceRef { ty, data })
}

/// The type named `name` in the module (`"string"`, `"*strconv.NumError"`).
pub fn type_named(module: &Module, name: &str) -> Option<TypeId> {
    module.type_named(name)
}

/// `panic(msg)` with a string value, as Go's stdlib panics (`strings: negative Repeat count`).
pub fn panic_string(ctx: &mut NativeCtx, msg: &str) -> NativeStep {
    let s = ctx.heap.alloc_str(msg.as_bytes());
    match type_named(ctx.module, "string") {
        Some(ty) => NativeStep::Panic(boxed(ctx.heap, ty, s)),
        None => NativeStep::Fatal(msg.to_string()),
    }
}

/// A pointer-typed error value `&T{fields…}` of the stdlib type `*pkg.T`
/// (`*errors.errorString`, `*strconv.NumError`, `*fmt.wrapError`), boxed as
/// an `error`. `None` if the program's module has no such type.
pub fn error_value(heap: &mut Heap, module: &Module, ptr_type: &str, fields: Vec<Value>) -> Option<Value> {
    let ty = type_named(module, ptr_type)?;
    let cell = heap.alloc_agg(fields);
    let ptr = heap.alloc_cell(Value::Struct(cell));
    Some(boxed(heap, ty, ptr))
}

/// The `*errors.errorString` for `msg` (what `errors.New(msg)` returns).
/// Programs that never load package `errors` get the vm's own
/// `runtime.errorString` (same `Error()` text), so the value is always an
/// `error` whose method works.
pub fn new_error(heap: &mut Heap, module: &Module, msg: &[u8]) -> Value {
    let s = heap.alloc_str(msg);
    if let Some(e) = error_value(heap, module, "*errors.errorString", vec![s]) {
        return e;
    }
    match type_named(module, "runtime.errorString").or_else(|| type_named(module, "string")) {
        Some(ty) => boxed(heap, ty, s),
        None => s,
    }
}

/// Appends bytes to a `[]byte` value with Go's `append` semantics (in place
/// while capacity allows, else a doubled backing array); returns the new slice.
pub fn append_bytes(heap: &mut Heap, slice: Value, bytes: &[u8]) -> Value {
    append_n(heap, slice, bytes.len(), |_, dst| {
        for (d, &b) in dst.iter_mut().zip(bytes) {
            *d = Value::Int(b as i64);
        }
    })
}

/// Grows `slice` by `n` elements that `fill` writes (it gets the heap to read
/// its source from and the new elements); amortised doubling.
fn append_n(heap: &mut Heap, slice: Value, n: usize, fill: impl FnOnce(&Heap, &mut [Value])) -> Value {
    let h = match slice {
        Value::Slice(r) => heap.slice_header(r),
        _ => SliceHeader { arr: heap.alloc_agg(Vec::new()), off: 0, len: 0, cap: 0 },
    };
    let (start, need) = ((h.off + h.len) as usize, h.len as usize + n);
    if need <= h.cap as usize {
        // Fill in place: the backing array is taken out of the heap while
        // `fill` reads its source (another object) from it.
        let Some(backing) = heap.agg_vec_mut(h.arr) else { return slice };
        let mut elems = std::mem::take(backing);
        if let Some(dst) = elems.get_mut(start..start + n) {
            fill(heap, dst);
        }
        if let Some(backing) = heap.agg_vec_mut(h.arr) {
            *backing = elems;
        }
        return heap.alloc_slice_header(SliceHeader { len: need as u32, ..h });
    }
    let new_cap = need.max(2 * h.cap as usize).max(8);
    let mut elems = Vec::with_capacity(new_cap);
    elems.extend_from_slice(&heap.agg(h.arr)[h.off as usize..start]);
    elems.resize(new_cap, Value::Int(0));
    fill(heap, &mut elems[h.len as usize..need]);
    let arr = heap.alloc_agg(elems);
    heap.alloc_slice_header(SliceHeader { arr, off: 0, len: need as u32, cap: new_cap as u32 })
}

/// The bytes of a `[]byte` value.
pub fn bytes_of(heap: &Heap, slice: Value) -> Vec<u8> {
    heap.slice_elems(slice).iter().map(|v| v.as_int() as u8).collect()
}

/// The method named `name` in `ty`'s method set (looked up by name: the same
/// name may be interned more than once).
pub fn method_named<'m>(module: &'m Module, ty: TypeId, name: &str) -> Option<&'m minigo_vm::bytecode::MethodDesc> {
    module.ty(ty).methods.iter().find(|m| module.method_names.get(m.name.0 as usize).is_some_and(|n| n == name))
}

/// Whether `ty` is an integer type with unsigned kind.
pub fn is_unsigned(module: &Module, ty: TypeId) -> bool {
    matches!(module.ty(ty).kind, TypeKind::Int(k) if k.is_unsigned())
}

/// Loads the struct a `*T` receiver points to and returns its field slots' owner.
pub fn receiver_struct(heap: &Heap, recv: Value) -> Option<minigo_vm::ObjRef> {
    match recv {
        Value::Ptr(p) => match heap.load(p) {
            Value::Struct(s) => Some(s),
            _ => None,
        },
        Value::Struct(s) => Some(s),
        _ => None,
    }
}
