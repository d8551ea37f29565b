//! Owns package `errors`' natives: the reflective steps of `Is` and `As`
//! (`errors.comparable`, `errors.checkAsTarget`, `errors.asTarget`), used by
//! the minigo code in `errors.mg` (which holds `New`, `Is`, `As`, `Unwrap`,
//! `Join`, since they call user methods), plus `New` and
//! `(*errorString).Error` as natives for hand-built modules.
//! Must not know fmt.

use crate::glue;
use minigo_vm::bytecode::{Module, TypeId, TypeKind};
use minigo_vm::heap::Heap;
use minigo_vm::{CallOutcome, NativeCtx, NativeRegistry, NativeResume, NativeStep, Value, Values};

fn new(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let msg = glue::str_arg(ctx, args, 0);
    NativeStep::one(glue::new_error(ctx.heap, ctx.module, &msg))
}

/// The text of an `*errors.errorString` (boxed or not); other values give "".
pub fn error_string_text(heap: &Heap, v: Value) -> Vec<u8> {
    let v = match v {
        Value::Iface(i) => heap.iface_value(i.data),
        other => other,
    };
    match glue::receiver_struct(heap, v) {
        Some(s) => heap.value_str(heap.agg(s).first().copied().unwrap_or_default()).to_vec(),
        None => heap.value_str(v).to_vec(),
    }
}

fn error_string_error(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let text = error_string_text(ctx.heap, glue::arg(args, 0));
    glue::ret_str(ctx, &text)
}

/// Whether a value of dynamic type `dyn_ty` can be stored in a variable of type `target`.
fn assignable(module: &Module, dyn_ty: TypeId, target: TypeId) -> bool {
    if dyn_ty == target || module.ty(dyn_ty).name == module.ty(target).name {
        return true;
    }
    match &module.ty(target).kind {
        TypeKind::Interface { methods } => methods.iter().all(|m| module.ty(dyn_ty).has_method(m)),
        _ => false,
    }
}

/// The pointer inside `target` and the type it points to, if `target` is a non-nil pointer.
fn target_pointer(ctx: &NativeCtx, target: Value) -> Option<(minigo_vm::PtrRef, TypeId)> {
    let Value::Iface(t) = target else { return None };
    match (&ctx.module.ty(t.ty).kind, ctx.heap.iface_value(t.data)) {
        (TypeKind::Pointer { elem }, Value::Ptr(p)) => Some((p, *elem)),
        _ => None,
    }
}

/// `func checkAsTarget(target any)`: Go's `As` argument checks.
fn check_as_target(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let target = args.first().copied().unwrap_or_default();
    if target.is_nil() {
        return glue::panic_string(ctx, "errors: target cannot be nil");
    }
    let Some((_, elem)) = target_pointer(ctx, target) else {
        return glue::panic_string(ctx, "errors: target must be a non-nil pointer");
    };
    let implements_error = glue::method_named(ctx.module, elem, "Error").is_some();
    if !ctx.module.ty(elem).is_interface() && !implements_error {
        return glue::panic_string(ctx, "errors: *target must be interface or implement error");
    }
    NativeStep::unit()
}

/// `func asTarget(err error, target any) bool`: if `err`'s dynamic type is
/// assignable to `*target`'s type, stores it there (Go's `AssignableTo` + `Set`).
fn as_target(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (err, target) = (glue::arg(args, 0), args.get(1).copied().unwrap_or_default());
    let (Some((p, elem)), Value::Iface(e)) = (target_pointer(ctx, target), err) else { return NativeStep::one(Value::Bool(false)) };
    if !assignable(ctx.module, e.ty, elem) {
        return NativeStep::one(Value::Bool(false));
    }
    let stored = if ctx.module.ty(elem).is_interface() {
        err
    } else {
        let inner = ctx.heap.iface_value(e.data);
        ctx.heap.copy_agg(inner)
    };
    ctx.heap.store(p, stored);
    NativeStep::one(Value::Bool(true))
}

/// `func comparable(target error) bool`: whether the dynamic type supports `==`.
fn comparable(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let ok = match args.first() {
        Some(Value::Iface(i)) => ctx.module.ty(i.ty).comparable,
        _ => true,
    };
    NativeStep::one(Value::Bool(ok))
}

/// `func unwrap(err error) (next error, list []error, kind int)`: calls err's
/// `Unwrap` method (if any) and classifies its result: a slice means
/// `Unwrap() []error` (kind 2), anything else `Unwrap() error` (kind 1).
fn unwrap(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let err = glue::arg(args, 0);
    let Value::Iface(e) = err else { return glue::ret([Value::Nil, Value::Nil, Value::Int(0)]) };
    let Some(m) = glue::method_named(ctx.module, e.ty, "Unwrap") else { return glue::ret([Value::Nil, Value::Nil, Value::Int(0)]) };
    let recv = ctx.heap.iface_value(e.data);
    let recv = ctx.heap.copy_agg(recv);
    struct Classify;
    impl NativeResume for Classify {
        fn resume(self: Box<Self>, _: &mut NativeCtx, outcome: CallOutcome) -> NativeStep {
            let v = match outcome {
                CallOutcome::Returned(vals) => vals.first().copied().unwrap_or_default(),
                CallOutcome::Panicked(p) => return NativeStep::Panic(p),
            };
            match v {
                Value::Slice(_) => glue::ret([Value::Nil, v, Value::Int(2)]),
                _ => glue::ret([v, Value::Nil, Value::Int(1)]),
            }
        }
    }
    NativeStep::Call { func: Value::Func(m.func), args: Values::from_iter([recv]), catch_panic: false, resume: Box::new(Classify) }
}

pub fn register(r: &mut NativeRegistry) {
    r.register("errors.unwrap", unwrap);
    r.register("errors.New", new);
    r.register("errors.(*errorString).Error", error_string_error);
    r.register("errors.asTarget", as_target);
    r.register("errors.checkAsTarget", check_as_target);
    r.register("errors.comparable", comparable);
}
