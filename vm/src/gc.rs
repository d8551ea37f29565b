//! Owns garbage collection: a precise mark–sweep over the heap. Roots are every
//! goroutine's live registers, frames (closures), defer records, panic records,
//! entry calls and native continuations, the globals table, the constant pools
//! and hand-offs; channel buffers and waiters are traced through their objects.
//! Pacing: collect when the bytes allocated since the last collection exceed the
//! live bytes after it (the heap may double), with a floor. Collection happens
//! only at safepoints chosen by the interpreter, never inside a native.
//! Must not know instruction semantics.

use crate::goroutine::{DeferTarget, Goroutine, Handoff, ReturnTo};
use crate::heap::{Heap, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

const MIN_NEXT_GC: usize = 4 << 20;

/// Collects garbage; `running` is the goroutine currently taken out of the table.
pub(crate) fn collect(vm: &mut Vm, running: Option<&Goroutine>) {
    let mut stack: Vec<ObjRef> = Vec::new();
    {
        let mut mark = |v: Value| {
            if let Some(o) = v.obj() {
                stack.push(o);
            }
        };
        mark(Value::EMPTY_STR);
        stack_push_obj(&mut mark, vm.globals);
        for pool in vm.consts.iter() {
            for v in pool {
                mark(*v);
            }
        }
        for r in vm.const_boxes.values() {
            mark(Value::Iface(*r));
        }
        for h in vm.sched.handoffs.iter().flatten() {
            mark_handoff(&mut mark, h);
        }
        if let Some(g) = running {
            mark_goroutine(vm, g, &mut mark);
        }
        for g in vm.sched.gs.iter().flatten() {
            mark_goroutine(vm, g, &mut mark);
        }
    }
    let heap = &mut vm.heap;
    while let Some(o) = stack.pop() {
        let slot = &mut heap.slots[o.0 as usize];
        if slot.marked {
            continue;
        }
        slot.marked = true;
        trace_obj(&heap.slots[o.0 as usize].obj, &mut stack);
    }
    sweep(heap);
}

fn stack_push_obj(mark: &mut impl FnMut(Value), o: ObjRef) {
    mark(Value::Struct(o));
}

fn mark_handoff(mark: &mut impl FnMut(Value), h: &Handoff) {
    match *h {
        Handoff::Received(v, _) => mark(v),
        Handoff::Selected { value, .. } => mark(value),
        _ => {}
    }
}

fn mark_goroutine(vm: &Vm, g: &Goroutine, mark: &mut impl FnMut(Value)) {
    let top = g.frames.last().map(|f| f.base as usize + vm.module.funcs[f.func.0 as usize].num_regs as usize).unwrap_or(0);
    for v in &g.regs[..top.min(g.regs.len())] {
        mark(*v);
    }
    for f in &g.frames {
        if let Some(c) = f.closure {
            mark(Value::Closure(c));
        }
        if let ReturnTo::Native(cont) = &f.ret {
            cont.resume.trace(mark);
        }
    }
    for d in &g.defers {
        if let DeferTarget::Value(v) = d.target {
            mark(v);
        }
    }
    for a in &g.defer_args {
        mark(*a);
    }
    for r in &g.panics {
        mark(r.value);
    }
    if let Some((t, args)) = &g.entry {
        if let DeferTarget::Value(v) = t {
            mark(*v);
        }
        for a in args {
            mark(*a);
        }
    }
}

fn trace_obj(obj: &Obj, stack: &mut Vec<ObjRef>) {
    let mut push = |v: Value| {
        if let Some(o) = v.obj() {
            stack.push(o);
        }
    };
    match obj {
        Obj::Free | Obj::Str(_) => {}
        Obj::Agg(vs) => vs.iter().for_each(|v| push(*v)),
        Obj::Cell(v) => push(*v),
        Obj::Slice(h) => stack.push(h.arr),
        Obj::ArrayView { arr, .. } => stack.push(*arr),
        Obj::Map(m) => {
            for (k, v) in m.entries.iter().flatten() {
                push(*k);
                push(*v);
            }
        }
        Obj::Closure(c) => c.captures.as_slice().iter().for_each(|v| push(*v)),
        Obj::Chan(c) => {
            c.buf.iter().for_each(|v| push(*v));
            c.sendq.iter().for_each(|w| push(w.value));
        }
        Obj::MapIter(it) => push(it.map),
    }
}

fn sweep(heap: &mut Heap) {
    let mut live_bytes = 0usize;
    for (i, slot) in heap.slots.iter_mut().enumerate() {
        if slot.marked {
            slot.marked = false;
            live_bytes += crate::heap::approx_size(&slot.obj);
        } else if !matches!(slot.obj, Obj::Free) {
            slot.obj = Obj::Free;
            heap.free.push(i as u32);
        }
    }
    heap.live_after_gc = live_bytes;
    heap.allocated_since_gc = 0;
    // Pacing: allow as many new bytes as survived (the heap may double).
    heap.next_gc = live_bytes.max(MIN_NEXT_GC);
    heap.collections += 1;
}
