//! Owns defer/panic/recover/Goexit on one goroutine, mirroring Go's runtime
//! (SEMANTICS.md §2–§4): `start_panic` (gopanic), `run_panic_loop` (the record's
//! run loop taking deferred calls frame by frame), `recover` (gorecover, with the
//! "called directly by a deferred call this record started" check), `recovery`
//! (returning the registering frame to its caller, never past a Goexit),
//! `start_goexit`, and the hand-off to `traceback::fatal_panic`; registering
//! deferred calls (`push_defer`) and running them at a normal return
//! (`run_deferred_on_return`, deferreturn). Every event is reported to `trace`
//! behind one `vm.options.trace_unwind` branch.
//! Must not know anything but goroutine state (instructions are `interp`'s).

use crate::goroutine::{DeferRecord, DeferTarget, Frame, Goroutine, PanicRecord, RecordId, ReturnTo};
use crate::bytecode::FuncIdx;
use crate::heap::ClosureKind;
use crate::interp::{Flow, SliceEnd};
use crate::native::{CallOutcome, Values};
use crate::ops::call::{self, Entered, Mode};
use crate::trace::{self, Finished, NilRecover, Why};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `defer target(args)` in the top frame (`args` is the frame's register
/// window): no allocation (the arguments go on the goroutine's `defer_args`
/// stack). Touches neither the register file nor the frames' pcs.
#[inline(always)]
pub(crate) fn push_defer(vm: &mut Vm, g: &mut Goroutine, target: DeferTarget, args: &[Value]) {
    // A plain loop: deferred calls have few arguments, a memcpy call costs more.
    for v in args {
        g.defer_args.push(*v);
    }
    let frame = g.frames.len() as u32 - 1;
    g.defers.push(DeferRecord { frame, nargs: args.len() as u32, target });
    if vm.options.trace_unwind {
        trace::defer_registered(vm, g, target);
    }
}

/// A token naming the top frame of `g` (`NativeStep::CallerFrame`): the
/// goroutine's id and the frame's index.
pub(crate) fn frame_token(g: &Goroutine) -> Value {
    let frame = g.frames.len().saturating_sub(1) as i64;
    Value::Int(((g.id as i64) << 32) | frame)
}

/// `runtime.deferToFrame(token)` (a `defer` in a range-over-func loop body,
/// run as a closure called by the iterator): moves the deferred call the top
/// frame registered last to the frame `token` names — the enclosing
/// function, which runs it when it returns or panics, as Go does. That frame
/// is below the body's on the same goroutine, or, when the iterator called
/// yield from a goroutine of its own, on the goroutine waiting in the
/// iterator call. The defer stack stays ordered by frame (the iterator's own
/// deferred calls, on frames in between, stay above the moved one), and the
/// call's arguments move with it.
pub(crate) fn move_last_defer(vm: &mut Vm, g: &mut Goroutine, token: Value) -> Result<(), &'static str> {
    let token = token.as_int();
    let (owner_id, to) = ((token as u64) >> 32, (token & 0xffff_ffff) as u32);
    let top = g.frames.len() as u32 - 1;
    if !g.defers.last().is_some_and(|d| d.frame == top) {
        return Ok(());
    }
    let owner: &mut Goroutine = if owner_id == g.id & 0xffff_ffff {
        if to >= top {
            return Ok(());
        }
        g
    } else {
        let found = vm.sched.gs.iter_mut().flatten().find(|o| o.id & 0xffff_ffff == owner_id && (to as usize) < o.frames.len());
        // The loop's function waits in the iterator call while its body runs.
        let Some(owner) = found else { return Err("a range-over-func loop body deferred a call after its loop's goroutine ended") };
        let d = g.defers.pop().expect("checked above");
        let args = g.defer_args.split_off(g.defer_args.len() - d.nargs as usize);
        insert_defer(owner, DeferRecord { frame: to, ..d }, args);
        if vm.options.trace_unwind {
            trace::defer_registered_for(vm, g, d.target, None);
        }
        return Ok(());
    };
    let d = owner.defers.pop().expect("checked above");
    let args = owner.defer_args.split_off(owner.defer_args.len() - d.nargs as usize);
    insert_defer(owner, DeferRecord { frame: to, ..d }, args);
    if vm.options.trace_unwind {
        trace::defer_registered_for(vm, g, d.target, Some(to as usize));
    }
    Ok(())
}

/// Inserts the deferred call `d` (with its arguments) into `g`'s defer
/// stack, above the calls of `d.frame` and of the frames below it.
fn insert_defer(g: &mut Goroutine, d: DeferRecord, args: Vec<Value>) {
    let (mut at, mut args_at) = (g.defers.len(), g.defer_args.len());
    while at > 0 && g.defers[at - 1].frame > d.frame {
        at -= 1;
        args_at -= g.defers[at].nargs as usize;
    }
    g.defers.insert(at, d);
    g.defer_args.splice(args_at..args_at, args);
}

/// deferreturn's fast path, taken by `RunDefers` when the top frame has a
/// deferred call: if it is a minigo function or literal, tracing is off and
/// its registers fit at `base` (just above the top frame's) without growing
/// the register file, pops it and pushes its frame as an ordinary call
/// returning into the registering frame's `RunDefers`, and returns the
/// function to run. Otherwise `None`: the caller takes `run_deferred_on_return`.
#[inline(always)]
pub(crate) fn enter_deferred_on_return_inline(vm: &Vm, g: &mut Goroutine, base: usize) -> Option<FuncIdx> {
    if vm.options.trace_unwind {
        return None;
    }
    let d = *g.defers.last()?;
    let (func, closure) = direct_target(vm, d.target)?;
    if base + vm.module.funcs[func.0 as usize].num_regs as usize >= g.regs.len() || g.frames.len() >= call::MAX_FRAMES {
        return None;
    }
    g.defers.pop();
    let args_at = g.defer_args.len() - d.nargs as usize;
    // base + nargs <= base + num_regs < regs.len().
    for (dst, src) in g.regs[base..].iter_mut().zip(&g.defer_args[args_at..]) {
        *dst = *src;
    }
    g.defer_args.truncate(args_at);
    g.frames.push(Frame { func, pc: 0, base: base as u32, closure, pushed_by: None, ret: ReturnTo::Caller });
    Some(func)
}

/// `RunDefers` found a deferred call of the top frame: run it (deferreturn).
pub(crate) fn run_deferred_on_return(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    let d = g.defers.pop().expect("RunDefers checked a defer exists");
    if vm.options.trace_unwind {
        trace::deferred_call_started(vm, g, d.target, Why::Return, g.frames.len() - 1);
    }
    if is_deferred_recover(vm, d.target) {
        return recover_deferred_on_return(vm, g);
    }
    enter_deferred(vm, g, d, None)
}

/// Is `target` the builtin `recover` (`defer recover()`)?
pub(crate) fn is_deferred_recover(vm: &Vm, target: DeferTarget) -> bool {
    matches!(target, DeferTarget::Native(n) if vm.module.natives.get(n.0 as usize).is_some_and(|s| s == "builtin.recover"))
}

/// `defer recover()` run as the top frame returns (SEMANTICS.md §3 rule 3,
/// §3.2b): it has no frame of its own, so it recovers exactly as a
/// `recover()` called by the returning frame would — when that frame is a
/// deferred call of the current panic. Run by a record's loop instead (the
/// panicking function registered it, or a newer panic took it over), no
/// function stands between the panic and `recover`: it recovers nothing.
fn recover_deferred_on_return(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    let outcome = recover_check(g).map(|r| {
        r.recovered = true;
        r.value
    });
    if vm.options.trace_unwind {
        trace::deferred_recover_on_return(vm, g, outcome);
    }
    Flow::Continue
}

/// Calls the deferred call `d` (just popped; its arguments are on top of
/// `defer_args`) on top of the stack. `pushed_by` is the record whose run loop
/// calls it (None: the registering frame is returning).
///
/// Fast path: a minigo function or function literal gets its frame directly.
/// At a normal return (and without tracing) that frame returns like an
/// ordinary call (`ReturnTo::Caller`): the registering frame's saved pc is its
/// `RunDefers`, which the return path resumes, so it runs the next deferred
/// call or goes on returning.
#[inline]
fn enter_deferred(vm: &mut Vm, g: &mut Goroutine, d: DeferRecord, pushed_by: Option<RecordId>) -> Flow {
    match direct_target(vm, d.target) {
        Some((func, closure)) => enter_deferred_func(vm, g, d.nargs as usize, func, closure, pushed_by),
        None => enter_deferred_generic(vm, g, d, pushed_by).into_flow(),
    }
}

/// The minigo function (and closure) a deferred call runs without a wrapper
/// (bound methods and natives go through `call::enter`).
#[inline]
fn direct_target(vm: &Vm, target: DeferTarget) -> Option<(FuncIdx, Option<ObjRef>)> {
    match target {
        DeferTarget::Func(f) | DeferTarget::Value(Value::Func(f)) => Some((f, None)),
        DeferTarget::Value(Value::Closure(c)) => match vm.heap.closure(c).kind {
            ClosureKind::Func(f) => Some((f, Some(c))),
            _ => None,
        },
        _ => None,
    }
}

/// A deferred native, bound method or nil function: through `call::enter`.
fn enter_deferred_generic(vm: &mut Vm, g: &mut Goroutine, d: DeferRecord, pushed_by: Option<RecordId>) -> Entered {
    let args: Values = g.defer_args.drain(g.defer_args.len() - d.nargs as usize..).collect();
    let base = call::callback_base(vm, g);
    call::enter(vm, g, d.target, &args, base, Mode::Deferred(pushed_by))
}

/// Pushes the frame of a deferred minigo function whose `nargs` arguments are
/// on top of `defer_args`.
#[inline]
fn enter_deferred_func(vm: &mut Vm, g: &mut Goroutine, nargs: usize, func: FuncIdx, closure: Option<ObjRef>, pushed_by: Option<RecordId>) -> Flow {
    let args_at = g.defer_args.len() - nargs;
    let ret = if pushed_by.is_none() && !vm.options.trace_unwind { ReturnTo::Caller } else { ReturnTo::Deferred };
    let funcs = &vm.module.funcs;
    let (base, need) = match g.frames.last() {
        Some(top) => {
            let base = top.base as usize + funcs[top.func.0 as usize].num_regs as usize;
            (base, base + funcs[func.0 as usize].num_regs as usize + 1)
        }
        None => (0, usize::MAX),
    };
    if need > g.regs.len() || g.frames.len() >= call::MAX_FRAMES {
        let args: Values = g.defer_args.drain(args_at..).collect();
        g.ensure_regs(base + args.len() + 1);
        g.regs[base..base + args.len()].copy_from_slice(&args);
        if let Err(end) = call::push_frame(vm, g, func, base, closure, ret) {
            return Flow::End(end);
        }
        g.frames.last_mut().unwrap().pushed_by = pushed_by;
        return Flow::Continue;
    }
    // need <= regs.len(): the window base..base+nargs exists (nargs <= num_regs).
    for (dst, src) in g.regs[base..].iter_mut().zip(&g.defer_args[args_at..]) {
        *dst = *src;
    }
    g.defer_args.truncate(args_at);
    g.frames.push(Frame { func, pc: 0, base: base as u32, closure, pushed_by, ret });
    Flow::Continue
}

/// A deferred call (`what`) returned normally: its record's loop goes on, or
/// the registering frame re-executes its `RunDefers`.
pub(crate) fn after_deferred(vm: &mut Vm, g: &mut Goroutine, pushed_by: Option<RecordId>, what: Finished) -> Flow {
    if vm.options.trace_unwind {
        trace::deferred_call_finished(vm, g, what);
    }
    match pushed_by {
        Some(_) => run_panic_loop(vm, g),
        None => Flow::Continue,
    }
}

/// `panic(v)` at the current point (gopanic).
pub(crate) fn start_panic(vm: &mut Vm, g: &mut Goroutine, value: Value) -> Flow {
    let value = if value.is_nil() { vm.rt.panic_nil(&mut vm.heap) } else { value };
    if is_nil_deref(vm, value) {
        g.sigsegv = true;
    }
    if vm.options.trace_unwind {
        trace::panic_started(vm, g, value);
    }
    push_record(vm, g, value, false);
    run_panic_loop(vm, g)
}

/// `runtime.Goexit()` at the current point.
pub(crate) fn start_goexit(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    if vm.options.trace_unwind {
        trace::goexit_started(vm, g);
    }
    push_record(vm, g, Value::Nil, true);
    run_panic_loop(vm, g)
}

fn push_record(_vm: &mut Vm, g: &mut Goroutine, value: Value, goexit: bool) {
    let id = g.new_record_id();
    let start = g.frames.len();
    g.panics.push(PanicRecord { id, value, recovered: false, goexit, repanicked: false, start, cursor: start as isize - 1 });
}

fn is_nil_deref(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Iface(i) if i.ty == vm.rt.error_string => vm.heap.value_str(vm.heap.iface_value(i.data)) == b"runtime error: invalid memory address or nil pointer dereference",
        _ => false,
    }
}

/// The current record's run loop: takes the next deferred call, frame by frame
/// downward, and calls it on top of the stack; handles recovery, the native
/// boundaries that catch panics, the end of Goexit and the fatal end.
pub(crate) fn run_panic_loop(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    loop {
        let Some(r) = g.panics.last() else { return Flow::Continue };
        if r.recovered {
            return recovery(vm, g);
        }
        let (id, goexit) = (r.id, r.goexit);
        let mut cursor = r.cursor;
        while cursor >= 0 {
            if g.defers.last().is_some_and(|d| d.frame as isize >= cursor) {
                break;
            }
            if !goexit && matches!(&g.frames[cursor as usize].ret, ReturnTo::Native(c) if c.catch_panic) {
                return catch_at_native(vm, g, cursor as usize);
            }
            cursor -= 1;
        }
        g.panics.last_mut().unwrap().cursor = cursor;
        if cursor < 0 {
            if goexit {
                if vm.options.trace_unwind {
                    trace::goexit_finished(vm, g);
                }
                g.panics.clear();
                if g.is_main {
                    vm.sched.main_goexited = true;
                }
                return Flow::End(SliceEnd::Exited);
            }
            if vm.options.trace_unwind {
                trace::fatal_panic(vm, g);
            }
            return crate::traceback::fatal_panic(vm, g);
        }
        let d = g.defers.pop().unwrap();
        if vm.options.trace_unwind {
            trace::deferred_call_started(vm, g, d.target, if goexit { Why::Goexit } else { Why::Panic }, cursor as usize);
        }
        match direct_target(vm, d.target) {
            Some((func, closure)) => return enter_deferred_func(vm, g, d.nargs as usize, func, closure, Some(id)),
            // A deferred native that ran to completion: loop instead of recursing.
            None => match enter_deferred_generic(vm, g, d, Some(id)) {
                Entered::NativeDone => continue,
                Entered::Flow(f) => return f,
            },
        }
    }
}

/// The record a `recover()` called by the top frame would recover, or why it
/// returns nil.
fn recover_check(g: &mut Goroutine) -> Result<&mut PanicRecord, NilRecover> {
    let top_pushed_by = g.frames.last().and_then(|f| f.pushed_by);
    match g.panics.last_mut() {
        None => Err(NilRecover::NotPanicking),
        Some(r) if r.goexit => Err(NilRecover::DuringGoexit),
        Some(r) if r.recovered => Err(NilRecover::AlreadyRecovered),
        Some(r) if top_pushed_by != Some(r.id) => Err(NilRecover::NotCalledDirectly),
        Some(r) => Ok(r),
    }
}

/// `recover()` (gorecover).
pub(crate) fn recover(vm: &mut Vm, g: &mut Goroutine) -> Value {
    match recover_check(g) {
        Ok(r) => {
            r.recovered = true;
            let v = r.value;
            if vm.options.trace_unwind {
                trace::recovered(vm, g, v);
            }
            v
        }
        Err(why) => {
            if vm.options.trace_unwind {
                trace::recover_nil(vm, g, why);
            }
            Value::Nil
        }
    }
}

/// Drops the records started in frame `f` or above it; a Goexit record among
/// them cannot be jumped past: its frames above are discarded and its loop resumes.
/// Returns true if such a Goexit record took over.
fn drop_records_above(vm: &mut Vm, g: &mut Goroutine, f: usize) -> bool {
    while let Some(top) = g.panics.last() {
        if top.start <= f {
            break;
        }
        if top.goexit {
            let start = top.start;
            truncate_frames(g, start);
            if vm.options.trace_unwind {
                trace::recovery_stopped_by_goexit(vm, g);
            }
            return true;
        }
        g.panics.pop();
    }
    false
}

/// Removes frames `n..` and their deferred calls.
fn truncate_frames(g: &mut Goroutine, n: usize) {
    g.frames.truncate(n);
    while let Some(d) = g.defers.last().filter(|d| d.frame as usize >= n) {
        let args_at = g.defer_args.len() - d.nargs as usize;
        g.defer_args.truncate(args_at);
        g.defers.pop();
    }
}

/// The recovered current record's deferred call returned: frame F that
/// registered it returns normally to its caller (SEMANTICS.md §2, §3.3, §3.4).
fn recovery(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    let f = g.panics.last().unwrap().cursor as usize;
    if vm.options.trace_unwind && !g.panics.iter().any(|r| r.goexit && r.start > f) {
        trace::recovery(vm, g, f);
    }
    if drop_records_above(vm, g, f) {
        return run_panic_loop(vm, g);
    }
    truncate_frames(g, f + 1);
    if g.panics.is_empty() {
        g.sigsegv = false;
    }
    let frame = g.frames.last_mut().unwrap();
    let proto = &vm.module.funcs[frame.func.0 as usize];
    match proto.epilogue {
        Some(pc) => {
            frame.pc = pc;
            Flow::Continue
        }
        None => {
            // No epilogue: return zero results.
            let (base, n) = (frame.base as usize, proto.num_results as usize);
            for r in &mut g.regs[base..base + n] {
                *r = Value::Nil;
            }
            let frame = g.frames.pop().unwrap();
            match frame.ret {
                ReturnTo::Caller => Flow::Continue,
                _ => call::finish_return(vm, g, frame, n),
            }
        }
    }
}

/// A panic reached a native that called back with `catch_panic` (fmt calling
/// `String()`): recovered there, the native resumes with the panic value.
fn catch_at_native(vm: &mut Vm, g: &mut Goroutine, frame_idx: usize) -> Flow {
    if vm.options.trace_unwind && !g.panics.iter().any(|r| r.goexit && r.start > frame_idx.saturating_sub(1)) {
        trace::caught_by_native(vm, g, frame_idx);
    }
    let value = g.panics.last().unwrap().value;
    if drop_records_above(vm, g, frame_idx.saturating_sub(1)) {
        return run_panic_loop(vm, g);
    }
    let frame = g.frames.remove(frame_idx);
    truncate_frames(g, frame_idx);
    if g.panics.is_empty() {
        g.sigsegv = false;
    }
    match frame.ret {
        ReturnTo::Native(cont) => call::resume_native(vm, g, *cont, CallOutcome::Panicked(value)),
        _ => Flow::Continue,
    }
}
