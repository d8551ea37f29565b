//! Owns calls: pushing frames (with the stack-depth limit), calling function
//! values (closures, bound methods, natives), interface dispatch, natives and
//! their `NativeStep`s, returning to special targets, entering deferred calls
//! (registering and running them is `unwind`'s), and `go` statements. Must not know unwinding rules
//! beyond handing panics to `unwind`.

use crate::bytecode::{FuncIdx, NativeIdx};
use crate::goroutine::{DeferRecord, DeferTarget, Frame, Goroutine, NativeCont, NativeTarget, RecordId, ReturnTo};
use crate::trace::Finished;
use crate::heap::ClosureKind;
use crate::interp::{Flow, SliceEnd};
use crate::native::{WaitReason, CallOutcome, NativeCtx, NativeStep, Values};
use crate::unwind;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// At most this many frames per goroutine (Go's 1 GB stack holds millions).
pub const MAX_FRAMES: usize = 4_000_000;
/// At most this many registers per goroutine (512 MB of values).
pub const MAX_REGS: usize = 32 << 20;

/// Pushes a frame for `func` whose `R[0]` is `regs[base]`.
#[inline]
pub(crate) fn push_frame(vm: &mut Vm, g: &mut Goroutine, func: FuncIdx, base: usize, closure: Option<ObjRef>, ret: ReturnTo) -> Result<(), SliceEnd> {
    let need = base + vm.module.funcs[func.0 as usize].num_regs as usize + 1;
    if need > g.regs.len() {
        if need > MAX_REGS || g.frames.len() >= MAX_FRAMES {
            return Err(crate::traceback::stack_overflow(vm, g));
        }
        g.ensure_regs(need);
    } else if g.frames.len() >= MAX_FRAMES {
        return Err(crate::traceback::stack_overflow(vm, g));
    }
    g.frames.push(Frame { func, pc: 0, base: base as u32, closure, pushed_by: None, ret });
    Ok(())
}

fn frame_flow(r: Result<(), SliceEnd>) -> Flow {
    match r {
        Ok(()) => Flow::Continue,
        Err(e) => Flow::End(e),
    }
}

/// `Call`: calls function value `f` with arguments in `regs[a..a+nargs]`.
pub(crate) fn call_value(vm: &mut Vm, g: &mut Goroutine, f: Value, a: usize, nargs: u8) -> Flow {
    match f {
        Value::Func(func) => frame_flow(push_frame(vm, g, func, a, None, ReturnTo::Caller)),
        Value::Closure(c) => match vm.heap.closure(c).kind {
            ClosureKind::Func(func) => frame_flow(push_frame(vm, g, func, a, Some(c), ReturnTo::Caller)),
            ClosureKind::Bound(func) => {
                bind_receiver(vm, g, c, a, nargs as usize);
                frame_flow(push_frame(vm, g, func, a, Some(c), ReturnTo::Caller))
            }
            ClosureKind::Native(n) => call_native(vm, g, n, a, nargs, u8::MAX),
        },
        _ => {
            let p = vm.rt.nil_deref(&mut vm.heap);
            unwind::start_panic(vm, g, p)
        }
    }
}

/// Shifts the arguments up one register and puts a bound method's receiver first.
fn bind_receiver(vm: &mut Vm, g: &mut Goroutine, c: ObjRef, a: usize, nargs: usize) {
    let recv = Value::at(vm.heap.closure(c).captures.as_slice(), 0);
    let recv = vm.heap.copy_agg(recv);
    g.ensure_regs(a + nargs + 2);
    g.regs.copy_within(a..a + nargs, a + 1);
    g.regs[a] = recv;
}

/// Runs `f` with the context a native sees while it runs on goroutine `gid`.
fn with_native_ctx<R>(vm: &mut Vm, gid: u64, f: impl FnOnce(&mut NativeCtx) -> R) -> R {
    let mut ctx = NativeCtx {
        heap: &mut vm.heap,
        module: &vm.module,
        out: &mut vm.out,
        goroutine: gid,
        num_goroutines: vm.sched.live_count(),
        host: &mut *vm.host,
        wakes: Vec::new(),
    };
    let result = f(&mut ctx);
    let wakes = std::mem::take(&mut ctx.wakes);
    for w in wakes {
        crate::ops::chanops::wake(vm, w);
    }
    result
}

/// Runs native `n` on `args`.
pub(crate) fn invoke_native(vm: &mut Vm, g: &Goroutine, n: NativeIdx, args: &[Value]) -> NativeStep {
    let f = vm.natives[n.0 as usize];
    with_native_ctx(vm, g.id, |ctx| f(ctx, args))
}

/// `CallNative`: arguments in `regs[a..a+nargs]`, results to `regs[a..a+nret]`.
pub(crate) fn call_native(vm: &mut Vm, g: &mut Goroutine, n: NativeIdx, a: usize, nargs: u8, nret: u8) -> Flow {
    // The arguments are read in place (the register file is not touched while the native runs).
    let f = vm.natives[n.0 as usize];
    let step = with_native_ctx(vm, g.id, |ctx| f(ctx, &g.regs[a..a + nargs as usize]));
    handle_step(vm, g, step, NativeTarget::Regs { abs: a as u32, nret })
}

/// Carries out what a native asked for; `target` says where its results go.
pub(crate) fn handle_step(vm: &mut Vm, g: &mut Goroutine, step: NativeStep, target: NativeTarget) -> Flow {
    match step {
        NativeStep::Return(vals) => deliver(vm, g, &vals, target),
        NativeStep::Call { func, args, catch_panic, resume } => {
            let cont = Box::new(NativeCont { resume, catch_panic, target });
            let base = callback_base(vm, g);
            enter(vm, g, DeferTarget::Value(func), &args, base, Mode::Callback(cont)).into_flow()
        }
        NativeStep::Panic(v) => unwind::start_panic(vm, g, v),
        NativeStep::Block(reason, on) => {
            if reason == WaitReason::IoWait {
                vm.sched.park_on_io(on);
            } else {
                vm.sched.park_on_object(on);
            }
            retry_later(g, target);
            Flow::End(SliceEnd::Blocked(reason))
        }
        NativeStep::BlockUntil(reason, on, until) => {
            vm.sched.park_on_object(on);
            vm.sched.wake_at(until);
            retry_later(g, target);
            Flow::End(SliceEnd::Blocked(reason))
        }
        NativeStep::Sleep(ns) => {
            let until = vm.host.monotonic_nanos().saturating_add(ns.max(0));
            match deliver(vm, g, &[], target) {
                Flow::Continue => Flow::End(SliceEnd::Sleep(until)),
                end => end,
            }
        }
        NativeStep::Yield => match deliver(vm, g, &[], target) {
            Flow::Continue => Flow::End(SliceEnd::Yielded),
            end => end,
        },
        NativeStep::Goexit => unwind::start_goexit(vm, g),
        NativeStep::Exit(code) => {
            vm.os_exit = Some(code);
            Flow::End(SliceEnd::ProgramExit(code))
        }
        NativeStep::Fatal(msg) => Flow::End(crate::traceback::fatal_error(vm, g, &msg)),
        NativeStep::Go { func, args } => {
            if let Some(end) = spawn(vm, g, DeferTarget::Value(func), &args) {
                return Flow::End(end);
            }
            deliver(vm, g, &[], target)
        }
        NativeStep::CallerFrame => {
            let token = unwind::frame_token(g);
            deliver(vm, g, &[token], target)
        }
        NativeStep::MoveDefer(token) => match unwind::move_last_defer(vm, g, token) {
            Ok(()) => deliver(vm, g, &[], target),
            Err(msg) => Flow::End(crate::traceback::fatal_error(vm, g, msg)),
        },
        NativeStep::GoRuntime { func, args } => {
            vm.sched.spawn_runtime(DeferTarget::Value(func), args);
            deliver(vm, g, &[], target)
        }
    }
}

/// Arranges for a blocked native to be called again.
fn retry_later(g: &mut Goroutine, target: NativeTarget) {
    match target {
        // The frame's pc is after the CallNative/Call: step back onto it.
        NativeTarget::Regs { .. } => {
            if let Some(f) = g.frames.last_mut() {
                f.pc = f.pc.saturating_sub(1);
            }
        }
        NativeTarget::Deferred { .. } | NativeTarget::GoroutineEnd => {}
    }
}

/// Delivers a native's results.
fn deliver(vm: &mut Vm, g: &mut Goroutine, vals: &[Value], target: NativeTarget) -> Flow {
    match target {
        NativeTarget::Regs { abs, nret } => {
            let abs = abs as usize;
            let n = if nret == u8::MAX { vals.len() } else { (nret as usize).min(vals.len()) };
            g.ensure_regs(abs + n + 1);
            g.regs[abs..abs + n].copy_from_slice(&vals[..n]);
            Flow::Continue
        }
        NativeTarget::Deferred { pushed_by } => unwind::after_deferred(vm, g, pushed_by, Finished::Unknown),
        NativeTarget::GoroutineEnd => goroutine_end(g),
    }
}

fn goroutine_end(g: &Goroutine) -> Flow {
    Flow::End(if g.is_main { SliceEnd::ProgramExit(0) } else { SliceEnd::Exited })
}

/// The first free register above the top frame (where callbacks and deferred calls start).
pub(crate) fn callback_base(vm: &Vm, g: &Goroutine) -> usize {
    match g.frames.last() {
        Some(f) => f.base as usize + vm.module.funcs[f.func.0 as usize].num_regs as usize,
        None => 0,
    }
}

/// How a call entered by `enter` ends.
pub(crate) enum Mode {
    /// A deferred call (pushed by a record's run loop, or by RunDefers).
    Deferred(Option<RecordId>),
    /// The entry call of a goroutine.
    GoroutineEntry,
    /// A native's callback.
    Callback(Box<NativeCont>),
}

/// What `enter` did.
pub(crate) enum Entered {
    /// A frame was pushed (or the call otherwise changed control flow): continue with it.
    Flow(Flow),
    /// A native ran to completion synchronously as a deferred call (the caller's loop continues).
    NativeDone,
}

impl Entered {
    pub(crate) fn into_flow(self) -> Flow {
        match self {
            Entered::Flow(f) => f,
            Entered::NativeDone => Flow::Continue,
        }
    }
}

/// Calls `target(args)` starting at `regs[base]`, ending as `mode` says.
pub(crate) fn enter(vm: &mut Vm, g: &mut Goroutine, target: DeferTarget, args: &[Value], base: usize, mode: Mode) -> Entered {
    let (func, closure, bound) = match target {
        DeferTarget::Func(f) => (f, None, false),
        DeferTarget::Value(Value::Func(f)) => (f, None, false),
        DeferTarget::Value(Value::Closure(c)) => match vm.heap.closure(c).kind {
            ClosureKind::Func(f) => (f, Some(c), false),
            ClosureKind::Bound(f) => (f, Some(c), true),
            ClosureKind::Native(n) => return enter_native(vm, g, n, args, mode),
        },
        DeferTarget::Native(n) => return enter_native(vm, g, n, args, mode),
        DeferTarget::Value(_) => {
            if let Mode::Callback(cont) = mode {
                // A nil callback: the native boundary sees a panic right away.
                drop(cont);
            }
            let p = vm.rt.nil_deref(&mut vm.heap);
            return Entered::Flow(unwind::start_panic(vm, g, p));
        }
    };
    g.ensure_regs(base + args.len() + 2);
    g.regs[base..base + args.len()].copy_from_slice(args);
    if bound {
        bind_receiver(vm, g, closure.unwrap(), base, args.len());
    }
    let (ret, pushed_by) = match mode {
        Mode::Deferred(by) => (ReturnTo::Deferred, by),
        Mode::GoroutineEntry => (ReturnTo::GoroutineEnd, None),
        Mode::Callback(cont) => (ReturnTo::Native(cont), None),
    };
    if let Err(end) = push_frame(vm, g, func, base, closure, ret) {
        return Entered::Flow(Flow::End(end));
    }
    g.frames.last_mut().unwrap().pushed_by = pushed_by;
    Entered::Flow(Flow::Continue)
}

fn enter_native(vm: &mut Vm, g: &mut Goroutine, n: NativeIdx, args: &[Value], mode: Mode) -> Entered {
    let step = invoke_native(vm, g, n, args);
    match mode {
        Mode::Deferred(pushed_by) => match step {
            NativeStep::Return(_) => {
                if vm.options.trace_unwind {
                    crate::trace::deferred_call_finished(vm, g, Finished::Native(n));
                }
                Entered::NativeDone
            }
            NativeStep::Block(reason, on) => {
                vm.sched.park_on_object(on);
                // Register the deferred call again so it is retried.
                let frame = g.frames.len().saturating_sub(1) as u32;
                g.defer_args.extend_from_slice(args);
                g.defers.push(DeferRecord { frame, nargs: args.len() as u32, target: DeferTarget::Native(n) });
                if let Some(r) = g.panics.last_mut() {
                    if pushed_by == Some(r.id) {
                        r.cursor = frame as isize;
                    }
                }
                g.resume_panic_loop = pushed_by.is_some();
                Entered::Flow(Flow::End(SliceEnd::Blocked(reason)))
            }
            other => Entered::Flow(handle_step(vm, g, other, NativeTarget::Deferred { pushed_by })),
        },
        Mode::GoroutineEntry => {
            if matches!(step, NativeStep::Block(..)) {
                // `go mu.Lock()` blocked: the entry call is retried when woken.
                g.entry = Some((DeferTarget::Native(n), args.iter().copied().collect()));
            }
            Entered::Flow(handle_step(vm, g, step, NativeTarget::GoroutineEnd))
        }
        Mode::Callback(cont) => {
            // A native function value used as a callback: resume the waiting native at once.
            let outcome = match step {
                NativeStep::Return(vals) => CallOutcome::Returned(vals),
                NativeStep::Panic(v) => CallOutcome::Panicked(v),
                _ => CallOutcome::Returned(Values::new()),
            };
            Entered::Flow(resume_native(vm, g, *cont, outcome))
        }
    }
}

/// Resumes a native waiting for a callback.
pub(crate) fn resume_native(vm: &mut Vm, g: &mut Goroutine, cont: NativeCont, outcome: CallOutcome) -> Flow {
    let NativeCont { resume, target, .. } = cont;
    let step = with_native_ctx(vm, g.id, |ctx| resume.resume(ctx, outcome));
    handle_step(vm, g, step, target)
}

/// A frame with a special `ReturnTo` returned `n` results at its base.
pub(crate) fn finish_return(vm: &mut Vm, g: &mut Goroutine, frame: Frame, n: usize) -> Flow {
    match frame.ret {
        ReturnTo::Caller => Flow::Continue,
        ReturnTo::Deferred => unwind::after_deferred(vm, g, frame.pushed_by, Finished::Func(frame.func)),
        ReturnTo::GoroutineEnd => goroutine_end(g),
        ReturnTo::Native(cont) => {
            let b = frame.base as usize;
            let vals: Values = g.regs[b..b + n].iter().copied().collect();
            resume_native(vm, g, *cont, CallOutcome::Returned(vals))
        }
        ReturnTo::PrintPanicValue { record } => {
            let v = if n > 0 { g.regs[frame.base as usize] } else { Value::EMPTY_STR };
            crate::traceback::printed_value(vm, g, record as usize, v)
        }
    }
}

/// `go target(regs[a..a+nargs])`.
pub(crate) fn go(vm: &mut Vm, g: &mut Goroutine, target: DeferTarget, a: usize, nargs: u8) -> Flow {
    let args: Values = g.regs[a..a + nargs as usize].iter().copied().collect();
    match spawn(vm, g, target, &args) {
        Some(end) => Flow::End(end),
        None => Flow::Continue,
    }
}

/// Starts a goroutine; `go f()` of a nil `f` is the fatal `go of nil func value`.
fn spawn(vm: &mut Vm, g: &mut Goroutine, target: DeferTarget, args: &[Value]) -> Option<SliceEnd> {
    if let DeferTarget::Value(v) = target {
        // `go f(args)` runs Go's wrapper closure calling f (nil: the new
        // goroutine panics); only `go f()` hands f itself to newproc, which
        // throws without printing the goroutine's panics.
        if !matches!(v, Value::Func(_) | Value::Closure(_)) && args.is_empty() {
            let trace = crate::traceback::goroutine_traceback(vm, g, "running");
            vm.out.write_stderr(format!("fatal error: go of nil func value\n\n{trace}").as_bytes());
            return Some(SliceEnd::ProgramExit(2));
        }
    }
    vm.sched.spawn(target, args.iter().copied().collect());
    None
}

