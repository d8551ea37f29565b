//! Owns interface instructions: boxing into an interface, type assertions with
//! Go's `*runtime.TypeAssertionError` texts, run-time interface satisfaction
//! (missing-method reports), method lookup for dynamic dispatch and method
//! values. Must not know anything beyond the module's type descriptors and the heap.

use crate::bytecode::{FuncIdx, Instr, MethodId, Module, Operand, Reg, TypeId, TypeKind};
use crate::heap::{ClosureKind, Heap};
use crate::value::{IfaceRef, Value};
use crate::vm::Vm;

/// `T(x)` to an interface: boxes (a copy of) `v` with dynamic type `ty`. An
/// interface value stays as it is (interface-to-interface conversion).
pub(crate) fn to_iface(heap: &mut Heap, v: Value, ty: TypeId) -> Value {
    match v {
        Value::Iface(_) => v,
        _ => {
            let v = heap.copy_agg(v);
            let data = heap.alloc_box(v);
            Value::Iface(IfaceRef { ty, data })
        }
    }
}

/// The function implementing method `name` of dynamic type `ty`.
#[inline]
pub(crate) fn find_method(module: &Module, ty: TypeId, name: MethodId) -> Option<FuncIdx> {
    module.ty(ty).method(name).map(|m| m.func)
}

/// The first method of interface `iface` that type `ty` lacks, or has with
/// another signature (Go reports both as "missing method M").
pub fn missing_method(module: &Module, ty: TypeId, iface: TypeId) -> Option<MethodId> {
    match &module.ty(iface).kind {
        TypeKind::Interface { methods } => methods.iter().find(|m| !module.ty(ty).has_method(m)).map(|m| m.name),
        _ => None,
    }
}

/// Does type `ty` implement interface `iface`? Cached per pair, as Go caches itabs.
fn implements(vm: &mut Vm, ty: TypeId, iface: TypeId) -> bool {
    let module = &vm.module;
    *vm.iface_cache.entry((ty.0, iface.0)).or_insert_with(|| missing_method(module, ty, iface).is_none())
}

/// Does dynamic value `v` (an interface value) satisfy target type `ty`?
fn assert_check(vm: &mut Vm, v: Value, ty: TypeId) -> bool {
    match v {
        Value::Iface(i) => {
            if vm.module.ty(ty).is_interface() {
                implements(vm, i.ty, ty)
            } else {
                i.ty == ty
            }
        }
        _ => false,
    }
}

/// The value `x.(ty)` yields on success.
fn asserted_value(heap: &mut Heap, module: &Module, v: Value, ty: TypeId) -> Value {
    match v {
        Value::Iface(i) if !module.ty(ty).is_interface() => {
            let inner = heap.iface_value(i.data);
            heap.copy_agg(inner)
        }
        _ => v,
    }
}

pub(crate) fn assert(vm: &mut Vm, v: Value, ty: TypeId, iface: TypeId) -> Result<Value, Value> {
    let module = vm.module.clone();
    if assert_check(vm, v, ty) {
        return Ok(asserted_value(&mut vm.heap, &module, v, ty));
    }
    let target = &module.ty(ty).name;
    let text = match v {
        Value::Iface(i) => {
            let dynamic = &module.ty(i.ty).name;
            if module.ty(ty).is_interface() {
                let m = missing_method(&module, i.ty, ty).map(|m| module.method_name(m).to_string()).unwrap_or_default();
                format!("interface conversion: {dynamic} is not {target}: missing method {m}")
            } else if dynamic == target {
                format!("interface conversion: {} is {dynamic}, not {target} (types from different scopes)", module.ty(iface).name)
            } else {
                format!("interface conversion: {} is {dynamic}, not {target}", module.ty(iface).name)
            }
        }
        _ if module.ty(ty).is_interface() => format!("interface conversion: interface is nil, not {target}"),
        _ => format!("interface conversion: {} is nil, not {target}", module.ty(iface).name),
    };
    Err(vm.rt.type_assertion(&mut vm.heap, &text))
}

pub(crate) fn assert_ok(vm: &mut Vm, v: Value, ty: TypeId) -> (Value, bool) {
    let module = vm.module.clone();
    if assert_check(vm, v, ty) {
        (asserted_value(&mut vm.heap, &module, v, ty), true)
    } else if module.ty(ty).is_interface() {
        (Value::Nil, false)
    } else {
        (crate::zero::zero_value(&mut vm.heap, &module, ty), false)
    }
}

/// `CallIface`: replaces the interface value in `slot` (the call window's
/// `R[0]`) by the receiver to pass and returns the function to call, or a nil
/// dereference panic value. The receiver is written in place (no `Value`
/// returned through the stack: see `Heap::whole_field`).
pub(crate) fn dispatch(vm: &mut Vm, slot: &mut Value, method: MethodId) -> Result<FuncIdx, Value> {
    let Value::Iface(i) = *slot else { return Err(vm.rt.nil_deref(&mut vm.heap)) };
    let Some(f) = find_method(&vm.module, i.ty, method) else { return Err(vm.rt.nil_deref(&mut vm.heap)) };
    let boxed = vm.heap.iface_value(i.data);
    let shared = match boxed {
        Value::Struct(_) => receiver_use(vm, i.ty, f) == ReceiverUse::ReadsFields,
        Value::Array(_) => false,
        _ => true,
    };
    if shared {
        if let Some(v) = vm.heap.agg(i.data).first() {
            *slot = *v;
        }
    } else {
        *slot = vm.heap.copy_agg(boxed);
    }
    Ok(f)
}

/// The receiver to pass and the function to call for `v.method(…)`, or a nil
/// dereference panic value.
pub(crate) fn resolve_method(vm: &mut Vm, v: Value, method: MethodId) -> Result<(Value, FuncIdx), Value> {
    match v {
        Value::Iface(i) => match find_method(&vm.module, i.ty, method) {
            Some(f) => {
                let recv = vm.heap.iface_value(i.data);
                if matches!(recv, Value::Struct(_)) && receiver_use(vm, i.ty, f) == ReceiverUse::ReadsFields {
                    return Ok((recv, f));
                }
                Ok((vm.heap.copy_agg(recv), f))
            }
            None => Err(vm.rt.nil_deref(&mut vm.heap)),
        },
        _ => Err(vm.rt.nil_deref(&mut vm.heap)),
    }
}

/// How a method uses its struct receiver, as far as `CallIface` cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ReceiverUse {
    /// Not looked at yet.
    #[default]
    Unknown,
    /// Only reads fields (none of them an aggregate) and copies the whole:
    /// the method can run on the interface's boxed value itself, which
    /// nothing else writes in place (boxing and unboxing copy).
    ReadsFields,
    /// Anything else: the method gets its own copy, as Go passes it.
    NeedsCopy,
}

/// `ReceiverUse` of method `func` whose receiver has type `ty`, cached per function.
fn receiver_use(vm: &mut Vm, ty: TypeId, func: FuncIdx) -> ReceiverUse {
    let fi = func.0 as usize;
    if let Some(&u) = vm.shares_receiver.get(fi) {
        if u != ReceiverUse::Unknown {
            return u;
        }
    }
    let u = if reads_receiver_fields_only(&vm.module, ty, func) { ReceiverUse::ReadsFields } else { ReceiverUse::NeedsCopy };
    if vm.shares_receiver.len() <= fi {
        vm.shares_receiver.resize(vm.module.funcs.len().max(fi + 1), ReceiverUse::Unknown);
    }
    vm.shares_receiver[fi] = u;
    u
}

/// Whether `func`'s code touches its receiver `R[0]` (a struct of type `ty`
/// with no struct or array fields) only as `GetField`'s object or
/// `CopyAgg`'s source, never writing `R[0]` itself: then no field of the
/// receiver object can change while it runs.
fn reads_receiver_fields_only(module: &Module, ty: TypeId, func: FuncIdx) -> bool {
    let TypeKind::Struct { fields } = &module.ty(ty).kind else { return false };
    if fields.iter().any(|f| matches!(module.ty(f.ty).kind, TypeKind::Struct { .. } | TypeKind::Array { .. })) {
        return false;
    }
    let recv = Reg(0);
    module.funcs[func.0 as usize].code.iter().all(|instr| match *instr {
        Instr::GetField { dst, obj, .. } if obj == recv => dst != recv,
        Instr::CopyAgg { dst, src } if src == recv => dst != recv,
        // Every register window starts at a named operand, so R[0] in a
        // window shows up here too.
        other => !other.operands().iter().any(|(_, op)| *op == Operand::Reg(0)),
    })
}

/// `i.M` as a value: a bound closure (nil interface panics now).
pub(crate) fn method_value(vm: &mut Vm, v: Value, method: MethodId) -> Result<Value, Value> {
    let (recv, f) = resolve_method(vm, v, method)?;
    Ok(super::make_closure(&mut vm.heap, ClosureKind::Bound(f), crate::heap::Captures::One(recv)))
}

/// `IfaceConst`: the shared box of constant `v` with dynamic type `ty`.
pub(crate) fn const_iface(vm: &mut Vm, v: Value, ty: TypeId) -> Value {
    use crate::vm::ConstKey;
    let key = match v {
        Value::Int(i) => ConstKey::Bits(0, i as u64),
        Value::Float(f) => ConstKey::Bits(1, f.to_bits()),
        Value::Bool(b) => ConstKey::Bits(2, b as u64),
        Value::Str(_) => ConstKey::Bytes(vm.heap.value_str(v).to_vec()),
        _ => ConstKey::Bits(3, 0),
    };
    let key = (ty.0, key);
    if let Some(r) = vm.const_boxes.get(&key) {
        return Value::Iface(*r);
    }
    let Value::Iface(r) = to_iface(&mut vm.heap, v, ty) else { return v };
    vm.const_boxes.insert(key, r);
    Value::Iface(r)
}
