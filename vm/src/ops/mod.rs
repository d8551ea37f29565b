//! Owns the out-of-line helpers of the dispatch loop, by concept: calls,
//! defers and natives (`call`), slices and arrays (`slice`), strings
//! (`string`), interfaces (`iface`), channels (`chanops`), and the small ones
//! here (fields, maps, closures, conversions). Must not know scheduling policy.

pub(crate) mod call;
pub(crate) mod chanops;
pub(crate) mod iface;
pub(crate) mod slice;
pub(crate) mod string;

use crate::bytecode::{IntKind, TypeId, TypeKind};
use crate::heap::{Captures, Closure, ClosureKind, Heap, MapIterObj, Obj};
use crate::map::{self, MapObj};
use crate::value::{ObjRef, PtrRef, Value};
use crate::vm::Vm;

/// `captures[idx]` of the running closure.
#[inline]
pub(crate) fn capture(heap: &Heap, clo: Option<ObjRef>, idx: usize) -> Value {
    match clo {
        Some(c) => match heap.get(c) {
            Obj::Closure(c) => Value::at(c.captures.as_slice(), idx),
            _ => Value::Nil,
        },
        None => Value::Nil,
    }
}

/// The value of a captured variable's cell when `captures[idx]` of the
/// running closure points at an `Obj::Cell` (how `Box` keeps a captured
/// scalar): the few-loads path of `LoadCaptured`/`StoreCaptured`. `None` for
/// any other pointer (a whole aggregate, a field, nil): the general path.
#[inline(always)]
pub(crate) fn captured_cell(heap: &mut Heap, clo: Option<ObjRef>, idx: usize) -> Option<&mut Value> {
    let Value::Ptr(p) = capture(heap, clo, idx) else { return None };
    if p.idx != 0 {
        return None;
    }
    match heap.get_mut(p.obj) {
        Obj::Cell(v) => Some(v),
        _ => None,
    }
}

pub(crate) fn make_closure(heap: &mut Heap, kind: ClosureKind, captures: Captures) -> Value {
    Value::Closure(heap.alloc(Obj::Closure(Closure { kind, captures })))
}

/// Go's float → integer conversion (truncation; out of range is implementation
/// defined in Go: saturate like amd64's CVTTSD2SQ gives MinInt64).
pub(crate) fn float_to_int(f: f64, kind: IntKind) -> i64 {
    let v = if kind == IntKind::U64 {
        if f >= 9.223_372_036_854_776e18 {
            (f as u64) as i64
        } else if f.is_nan() || !(-9.223_372_036_854_776e18..1.8446744073709552e19).contains(&f) {
            i64::MIN
        } else {
            f as i64
        }
    } else if f.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    };
    kind.wrap(v)
}

/// Go `==`; an uncomparable dynamic type panics.
#[inline(never)]
pub(crate) fn equal(vm: &mut Vm, a: Value, b: Value) -> Result<bool, Value> {
    crate::equal::values_equal(&vm.heap, &vm.module, a, b).map_err(|ty| {
        let name = vm.module.ty(ty).name.clone();
        vm.rt.uncomparable(&mut vm.heap, &name)
    })
}

/// Field/element `idx` of a struct/array value stored in a plain aggregate —
/// `GetField`'s common case, by reference so the arm copies the 16 bytes at
/// once (see `Heap::whole_field`); `None` sends the caller to `get_field`.
#[inline(always)]
pub(crate) fn field_ref<'h>(heap: &'h Heap, obj: &Value, idx: u16) -> Option<&'h Value> {
    let (Value::Struct(r) | Value::Array(r)) = *obj else { return None };
    match heap.get(r) {
        Obj::Agg(v) => v.get(idx as usize),
        _ => None,
    }
}

/// `x.f = v` of a struct/array value stored in a plain aggregate when `v` is
/// not an aggregate (those are copied into the old value by
/// `Heap::write_slot`) — `SetField`'s common case; `false` sends the caller
/// to `set_field`.
#[inline(always)]
pub(crate) fn set_field_fast(heap: &mut Heap, obj: &Value, idx: u16, v: &Value) -> bool {
    let (Value::Struct(r) | Value::Array(r)) = *obj else { return false };
    if matches!(v, Value::Struct(_) | Value::Array(_)) {
        return false;
    }
    match heap.get_mut(r) {
        Obj::Agg(slots) => match slots.get_mut(idx as usize) {
            Some(slot) => {
                *slot = *v;
                true
            }
            None => false,
        },
        _ => false,
    }
}

#[inline(never)]
pub(crate) fn get_field(vm: &mut Vm, obj: Value, idx: u16) -> Result<Value, Value> {
    match obj {
        Value::Struct(r) | Value::Array(r) => Ok(Value::at(vm.heap.agg(r), idx as usize)),
        _ => Err(vm.rt.nil_deref(&mut vm.heap)),
    }
}

#[inline]
pub(crate) fn set_field(vm: &mut Vm, obj: Value, idx: u16, v: Value) -> Result<(), Value> {
    match obj {
        Value::Struct(r) | Value::Array(r) => {
            vm.heap.write_slot(r, idx as usize, v);
            Ok(())
        }
        _ => Err(vm.rt.nil_deref(&mut vm.heap)),
    }
}

pub(crate) fn addr_field(vm: &mut Vm, obj: Value, idx: u16) -> Result<Value, Value> {
    match obj {
        Value::Struct(r) | Value::Array(r) => Ok(Value::Ptr(PtrRef { obj: r, idx: idx as u32 })),
        _ => Err(vm.rt.nil_deref(&mut vm.heap)),
    }
}

pub(crate) fn make_map(heap: &mut Heap, ty: TypeId) -> Value {
    Value::Map(heap.alloc(Obj::Map(Box::new(MapObj::new(ty)))))
}

fn map_zero(vm: &mut Vm, ty: TypeId) -> Value {
    match vm.module.ty(ty).kind {
        TypeKind::Map { value, .. } => crate::zero::zero_value(&mut vm.heap, &vm.module, value),
        _ => Value::Nil,
    }
}

fn unhashable_read(vm: &mut Vm, e: map::Unhashable) -> Value {
    let name = vm.module.ty(e.0).name.clone();
    vm.rt.unhashable_read(&mut vm.heap, &name)
}

#[inline(never)]
pub(crate) fn map_index(vm: &mut Vm, ty: TypeId, m: Value, k: Value) -> Result<(Value, bool), Value> {
    let found = match m {
        Value::Map(r) => map::map_get(&vm.heap, &vm.module, r, k).map_err(|e| unhashable_read(vm, e))?,
        _ => {
            // Reading a nil map still hashes the key (unhashable panics).
            crate::equal::hash_value(&vm.heap, &vm.module, k).map_err(|t| unhashable_read(vm, map::Unhashable(t)))?;
            None
        }
    };
    match found {
        Some(v) => Ok((v, true)),
        None => Ok((map_zero(vm, ty), false)),
    }
}

/// `MapGetInt`/`MapGetIntOk`: `m[k]` of a map with integer values whose key
/// hashing cannot fail (None: absent or a nil map).
#[inline(never)]
pub(crate) fn map_get_int(vm: &Vm, m: Value, k: Value) -> Option<&Value> {
    match m {
        Value::Map(r) => map::map_get_ref(&vm.heap, &vm.module, r, k).ok().flatten(),
        _ => None,
    }
}

/// `MapAddInt`: `m[k] += delta` (the key type's hashing cannot fail).
#[inline(never)]
pub(crate) fn map_add_int(vm: &mut Vm, m: Value, k: Value, delta: Value) -> Result<(), Value> {
    match m {
        Value::Map(r) => map::map_add_int(&mut vm.heap, &vm.module, r, k, delta.as_int()).map_err(|e| {
                let name = vm.module.ty(e.0).name.clone();
            vm.rt.unhashable_write(&mut vm.heap, &name)
        }),
        _ => Err(vm.rt.nil_map_write(&mut vm.heap)),
    }
}

#[inline(never)]
pub(crate) fn map_set(vm: &mut Vm, m: Value, k: Value, v: Value) -> Result<(), Value> {
    match m {
        Value::Map(r) => {
            let module = vm.module.clone();
            map::map_set(&mut vm.heap, &module, r, k, v).map_err(|e| {
                let name = vm.module.ty(e.0).name.clone();
                vm.rt.unhashable_write(&mut vm.heap, &name)
            })
        }
        _ => Err(vm.rt.nil_map_write(&mut vm.heap)),
    }
}

#[inline(never)]
pub(crate) fn map_delete(vm: &mut Vm, m: Value, k: Value) -> Result<(), Value> {
    match m {
        Value::Map(r) => {
            let module = vm.module.clone();
            map::map_delete(&mut vm.heap, &module, r, k).map_err(|e| unhashable_read(vm, e))
        }
        _ => crate::equal::hash_value(&vm.heap, &vm.module, k).map(|_| ()).map_err(|t| unhashable_read(vm, map::Unhashable(t))),
    }
}

pub(crate) fn map_iter(heap: &mut Heap, m: Value) -> Value {
    if let Value::Map(r) = m {
        map::map_iteration_started(heap, r);
    }
    let it = heap.alloc(Obj::MapIter(MapIterObj { map: m, next: 0 }));
    Value::Ptr(PtrRef { obj: it, idx: 0 })
}

/// Advances a map iterator in `regs[0]`; writes key/value to `regs[1]`, `regs[2]`.
pub(crate) fn next_map(heap: &mut Heap, regs: &mut [Value]) -> bool {
    let Value::Ptr(p) = regs[0] else { return false };
    let (m, pos) = match heap.get(p.obj) {
        Obj::MapIter(it) => (it.map, it.next),
        _ => return false,
    };
    let Value::Map(mr) = m else { return false };
    match map::map_next(heap, mr, pos) {
        Some((next, k, v)) => {
            if let Obj::MapIter(it) = heap.get_mut(p.obj) {
                it.next = next;
            }
            regs[1] = k;
            regs[2] = v;
            true
        }
        None => {
            if pos != map::ITERATION_DONE {
                map::map_iteration_ended(heap, mr);
                if let Obj::MapIter(it) = heap.get_mut(p.obj) {
                    it.next = map::ITERATION_DONE;
                }
            }
            false
        }
    }
}
