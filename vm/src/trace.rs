//! Owns `minigo run --trace` (`VmOptions::trace_unwind`): one line on stderr
//! per defer/panic/recover/Goexit event, worded for a learner — what was
//! deferred where, which panic runs which deferred call and why, what
//! `recover()` returned and why it returned nil, which frame a recovery
//! returns to and with which results, superseded panics, Goexit steps, the
//! fatal end. Every function here is cold: `unwind` calls it only behind one
//! `if vm.options.trace_unwind` branch. Lines are prefixed `[trace] ` (with the
//! goroutine id once a program has started a goroutine) and indented `| ` once
//! per panic record on the goroutine, so nested panics read as nested blocks.
//! Must not change any state: it only reads the goroutine and the heap.

use crate::bytecode::{FuncIdx, Instr, NativeIdx, TypeKind};
use crate::goroutine::{DeferTarget, Goroutine, PanicRecord, ReturnTo};
use crate::heap::ClosureKind;
use crate::value::Value;
use crate::vm::Vm;

/// Why a deferred call runs.
#[derive(Clone, Copy)]
pub(crate) enum Why {
    /// The registering function is returning.
    Return,
    /// The current panic record runs it.
    Panic,
    /// `runtime.Goexit` runs it.
    Goexit,
}

/// Why `recover()` returned nil.
#[derive(Clone, Copy)]
pub(crate) enum NilRecover {
    NotPanicking,
    DuringGoexit,
    AlreadyRecovered,
    NotCalledDirectly,
}

/// What finished as a deferred call.
#[derive(Clone, Copy)]
pub(crate) enum Finished {
    Func(FuncIdx),
    Native(NativeIdx),
    Unknown,
}

fn emit(vm: &mut Vm, g: &Goroutine, depth: usize, text: &str) {
    let mut line = if g.id == 1 && !vm.sched.ever_spawned() { String::from("[trace] ") } else { format!("[trace g{}] ", g.id) };
    for _ in 0..depth {
        line.push_str("| ");
    }
    line.push_str(text);
    line.push('\n');
    vm.out.write_stderr(line.as_bytes());
}

fn func_name(vm: &Vm, f: FuncIdx) -> String {
    vm.module.funcs.get(f.0 as usize).map(|p| p.name.clone()).unwrap_or_else(|| "?".into())
}

fn native_name(vm: &Vm, n: NativeIdx) -> String {
    let name = vm.module.natives.get(n.0 as usize).map(String::as_str).unwrap_or("?");
    name.strip_prefix("builtin.").unwrap_or(name).to_string()
}

/// The name of what a deferred call calls.
fn target_name(vm: &Vm, t: DeferTarget) -> String {
    match t {
        DeferTarget::Func(f) | DeferTarget::Value(Value::Func(f)) => func_name(vm, f),
        DeferTarget::Native(n) => native_name(vm, n),
        DeferTarget::Value(Value::Closure(c)) => match vm.heap.closure(c).kind {
            ClosureKind::Func(f) | ClosureKind::Bound(f) => func_name(vm, f),
            ClosureKind::Native(n) => native_name(vm, n),
        },
        DeferTarget::Value(_) => "a nil func value".into(),
    }
}

/// `name (file.mg:LINE)` of frame `i`, at its saved pc.
fn frame_at(vm: &Vm, g: &Goroutine, i: usize) -> (String, String) {
    let Some(f) = g.frames.get(i) else { return ("?".into(), String::new()) };
    let proto = &vm.module.funcs[f.func.0 as usize];
    let file = vm.module.file_name.rsplit('/').next().unwrap_or("");
    (proto.name.clone(), format!("({file}:{})", proto.line_at(f.pc.saturating_sub(1) as usize)))
}

fn top_frame(vm: &Vm, g: &Goroutine) -> (String, String) {
    frame_at(vm, g, g.frames.len().saturating_sub(1))
}

/// A panic value as the trace shows it: strings quoted, named basic types and
/// runtime errors in Go's conversion syntax (`main.E(7)`,
/// `runtime.boundsError("runtime error: …")`), structs as `%#v` does.
pub(crate) fn describe(vm: &Vm, v: Value) -> String {
    let Value::Iface(i) = v else { return describe_raw(vm, v, 0) };
    let desc = vm.module.ty(i.ty);
    let inner = vm.heap.iface_value(i.data);
    if vm.rt.is_runtime_error(v) {
        return format!("{}({:?})", desc.name, vm.heap.value_string(inner));
    }
    describe_typed(vm, inner, i.ty, 0)
}

fn describe_typed(vm: &Vm, v: Value, ty: crate::bytecode::TypeId, depth: usize) -> String {
    let desc = vm.module.ty(ty);
    let defined = desc.name.contains('.');
    let plain = match (&desc.kind, v) {
        (TypeKind::Int(k), _) if *k == crate::bytecode::IntKind::U64 => (v.as_int() as u64).to_string(),
        (TypeKind::Int(_), _) => v.as_int().to_string(),
        (TypeKind::Float { bits }, _) => crate::fmtfloat::format_g(v.as_float(), *bits as u32),
        (TypeKind::Bool, _) => v.as_bool().to_string(),
        (TypeKind::String, _) => format!("{:?}", vm.heap.value_string(v)),
        (TypeKind::Struct { fields }, Value::Struct(o)) if depth < 3 => {
            let vals = vm.heap.agg(o);
            let parts: Vec<String> = fields.iter().zip(vals).map(|(f, fv)| format!("{}:{}", f.name, describe_typed(vm, *fv, f.ty, depth + 1))).collect();
            return format!("{}{{{}}}", desc.name, parts.join(", "));
        }
        (TypeKind::Pointer { elem }, Value::Ptr(p)) if depth < 3 && matches!(vm.module.ty(*elem).kind, TypeKind::Struct { .. }) => {
            return format!("&{}", describe_typed(vm, vm.heap.load(p), *elem, depth + 1));
        }
        (TypeKind::Interface { .. }, _) => return describe_raw(vm, v, depth + 1),
        (_, Value::Nil) => return format!("{}(nil)", desc.name),
        _ => return format!("({}) …", desc.name),
    };
    if defined {
        format!("{}({plain})", desc.name)
    } else {
        plain
    }
}

/// A register value without its static type (results of a returning frame).
fn describe_raw(vm: &Vm, v: Value, depth: usize) -> String {
    match v {
        Value::Nil => "nil".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => crate::fmtfloat::format_g(x, 64),
        Value::Str(_) => format!("{:?}", vm.heap.value_string(v)),
        Value::Iface(_) if depth < 3 => describe(vm, v),
        Value::Slice(_) => "[…]".into(),
        Value::Map(_) => "map[…]".into(),
        Value::Struct(_) => "{…}".into(),
        Value::Array(_) => "[…]".into(),
        Value::Ptr(_) => "&…".into(),
        Value::Chan(_) => "(chan)".into(),
        _ => "(func)".into(),
    }
}

/// A panic value longer than this is cut when it names its panic (the full
/// value is on the `panics with` and `recover()` lines).
const NAME_CHARS: usize = 40;

/// `panic "boom"` / `Goexit`: how a record is named in the trace.
fn record_name(vm: &Vm, r: &PanicRecord) -> String {
    if r.goexit {
        return "Goexit".into();
    }
    let v = describe(vm, r.value);
    if v.chars().count() <= NAME_CHARS {
        format!("panic {v}")
    } else {
        format!("panic {}…", v.chars().take(NAME_CHARS - 1).collect::<String>())
    }
}

// ---- events ----

/// `defer f(...)` registered a call in the top frame.
#[cold]
#[inline(never)]
pub(crate) fn defer_registered(vm: &mut Vm, g: &Goroutine, target: DeferTarget) {
    // A range-over-func loop body's deferred call is reported when it moves
    // to the enclosing function (`defer_registered_for`).
    if g.frames.last().is_some_and(|f| vm.module.funcs[f.func.0 as usize].is_loop_body()) {
        return;
    }
    let (frame, at) = top_frame(vm, g);
    let text = format!("{frame} defers {} {at}", target_name(vm, target));
    emit(vm, g, g.panics.len(), &text);
}

/// A `defer` in a range-over-func loop body (the top frame) registered its
/// call for the enclosing function's frame `owner` (None: on the goroutine
/// that runs the loop, the iterator having called yield from another one).
#[cold]
#[inline(never)]
pub(crate) fn defer_registered_for(vm: &mut Vm, g: &Goroutine, target: DeferTarget, owner: Option<usize>) {
    let (body, at) = top_frame(vm, g);
    let frame = match owner {
        Some(i) => frame_at(vm, g, i).0,
        None => "the function waiting in the iterator call".to_string(),
    };
    let text = format!("{frame} defers {} {at}, from its loop body {body}", target_name(vm, target));
    emit(vm, g, g.panics.len(), &text);
}

/// `panic(v)` is about to push its record (`v` already replaced for `panic(nil)`).
#[cold]
#[inline(never)]
pub(crate) fn panic_started(vm: &mut Vm, g: &Goroutine, v: Value) {
    let (frame, at) = top_frame(vm, g);
    let depth = g.panics.len();
    let text = format!("{frame} panics with {} {at}", describe(vm, v));
    emit(vm, g, depth, &text);
    if let Some(older) = g.panics.last() {
        let name = record_name(vm, older);
        let new = describe(vm, v);
        let why = if older.goexit {
            format!("{name} is interrupted: if this panic is recovered, Goexit goes on; if not, the program crashes")
        } else if older.recovered && crate::traceback::identical(vm, older.value, v) {
            format!("{name} was recovered, and this panic re-raises the very same value: the crash chain would show it once, marked [recovered, repanicked]")
        } else if older.recovered {
            format!("{name} was recovered, but its deferred call panicked before returning: it stays in the crash chain, marked [recovered]")
        } else {
            let (started_in, _) = frame_at(vm, g, older.start.saturating_sub(1));
            format!("{name} is superseded: if {new} is recovered inside this deferred call, {name} goes on; if it is recovered in {started_in} or a caller, {name} ends too; if nothing recovers, both are printed")
        };
        emit(vm, g, depth, &why);
    }
}

/// `runtime.Goexit()` is about to push its record.
#[cold]
#[inline(never)]
pub(crate) fn goexit_started(vm: &mut Vm, g: &Goroutine) {
    let (frame, at) = top_frame(vm, g);
    let text = format!("{frame} calls runtime.Goexit {at}: the goroutine runs all its deferred calls, then ends");
    emit(vm, g, g.panics.len(), &text);
}

/// A deferred call is about to be entered (the top frame registered it, unless
/// a record runs it: then frame `owner` did).
#[cold]
#[inline(never)]
pub(crate) fn deferred_call_started(vm: &mut Vm, g: &Goroutine, target: DeferTarget, why: Why, owner: usize) {
    let callee = target_name(vm, target);
    let (frame, _) = frame_at(vm, g, owner);
    let text = match why {
        Why::Return => format!("{frame} is returning: runs its deferred {callee}"),
        Why::Panic | Why::Goexit => {
            let rec = g.panics.last().map(|r| record_name(vm, r)).unwrap_or_default();
            format!("{rec} runs {callee}, deferred by {frame}")
        }
    };
    emit(vm, g, g.panics.len(), &text);
    let is_recover = crate::unwind::is_deferred_recover(vm, target);
    match why {
        // `deferred_recover_on_return` says what it did.
        Why::Return => {}
        Why::Goexit if is_recover => emit(vm, g, g.panics.len(), "recover() returns nil: the goroutine is running Goexit, not a panic"),
        Why::Panic if is_recover => emit(
            vm,
            g,
            g.panics.len(),
            "recover() returns nil: this `defer recover()` is run by the panic itself, not by the return of a deferred call, so no deferred function called it",
        ),
        _ => {}
    }
}

/// `defer recover()` ran as the top frame returned: it recovered the current
/// record's value (`Ok`), or returned nil for the reason given.
#[cold]
#[inline(never)]
pub(crate) fn deferred_recover_on_return(vm: &mut Vm, g: &Goroutine, outcome: Result<Value, NilRecover>) {
    let (frame, at) = top_frame(vm, g);
    let rec = g.panics.last().map(|r| record_name(vm, r)).unwrap_or_default();
    let text = match outcome {
        Ok(v) => format!(
            "recover() runs as {frame} returns {at}, and {frame} is a deferred call run by {rec}: it counts as {frame} calling recover(), which returns {}; the panic is recovered and stops when {frame} returns",
            describe(vm, v)
        ),
        Err(NilRecover::NotCalledDirectly) => format!("recover() runs as {frame} returns {at} and returns nil: {frame} is not itself run by {rec} as a deferred call; only the deferred call's own return counts, not that of a function it calls or defers"),
        Err(why) => format!("recover() runs as {frame} returns {at} and returns nil: {}", nil_reason(why)),
    };
    emit(vm, g, g.panics.len(), &text);
}

fn nil_reason(why: NilRecover) -> &'static str {
    match why {
        NilRecover::NotPanicking => "not panicking",
        NilRecover::DuringGoexit => "the goroutine is running Goexit, not a panic",
        NilRecover::AlreadyRecovered => "the current panic is already recovered",
        NilRecover::NotCalledDirectly => "not called directly by a deferred call of the current panic",
    }
}

/// A deferred call returned normally.
#[cold]
#[inline(never)]
pub(crate) fn deferred_call_finished(vm: &mut Vm, g: &Goroutine, what: Finished) {
    let name = match what {
        Finished::Func(f) => func_name(vm, f),
        Finished::Native(n) => native_name(vm, n),
        Finished::Unknown => "the deferred call".into(),
    };
    let text = format!("{name} returned");
    emit(vm, g, g.panics.len(), &text);
}

/// `recover()` in the top frame recovered the current record's value.
#[cold]
#[inline(never)]
pub(crate) fn recovered(vm: &mut Vm, g: &Goroutine, v: Value) {
    let (frame, at) = top_frame(vm, g);
    let text = format!("recover() in {frame} returns {} {at}: the panic is recovered; it stops when {frame} returns", describe(vm, v));
    emit(vm, g, g.panics.len(), &text);
}

/// `recover()` in the top frame returned nil.
#[cold]
#[inline(never)]
pub(crate) fn recover_nil(vm: &mut Vm, g: &Goroutine, why: NilRecover) {
    let (frame, at) = top_frame(vm, g);
    let text = format!("recover() in {frame} returns nil {at}: {}", nil_reason(why));
    emit(vm, g, g.panics.len(), &text);
}

/// Recovery: the current record (recovered, at `records[..]`) and those
/// started above frame `f` end; frame `f` returns normally.
#[cold]
#[inline(never)]
pub(crate) fn recovery(vm: &mut Vm, g: &Goroutine, f: usize) {
    let depth = g.panics.iter().filter(|r| r.start <= f).count();
    let ended: Vec<String> = g.panics.iter().filter(|r| r.start > f).map(|r| record_name(vm, r)).collect();
    let (frame, _) = frame_at(vm, g, f);
    let to = match g.frames.get(f).map(|fr| &fr.ret) {
        Some(ReturnTo::Caller) if f > 0 => format!("to {}", frame_at(vm, g, f - 1).0),
        Some(ReturnTo::GoroutineEnd) => "and its goroutine ends".into(),
        _ => String::new(),
    };
    let older = g.panics.iter().rev().find(|r| r.start <= f).map(|r| record_name(vm, r));
    let verb = if ended.len() == 1 { "ends" } else { "end" };
    let mut text = format!("recovered: {} {verb}; {frame} runs its remaining deferred calls and returns normally {to}", ended.join(", "));
    if let Some(older) = older {
        if to.is_empty() {
            text.push_str(&format!("(it is a deferred call of {older}, which goes on)"));
        } else {
            text.push_str(&format!(" ({older} goes on)"));
        }
    }
    emit(vm, g, depth, &text);
}

/// A recovery met a Goexit record started above the recovering frame.
#[cold]
#[inline(never)]
pub(crate) fn recovery_stopped_by_goexit(vm: &mut Vm, g: &Goroutine) {
    emit(vm, g, g.panics.len().saturating_sub(1), "recovered, but a recovery cannot return past a running Goexit: Goexit goes on with the remaining deferred calls");
}

/// A record whose panic escaped into a native that catches panics (fmt
/// calling `String()`/`Error()`): the native handles it.
#[cold]
#[inline(never)]
pub(crate) fn caught_by_native(vm: &mut Vm, g: &Goroutine, frame_idx: usize) {
    let rec = g.panics.last().map(|r| record_name(vm, r)).unwrap_or_default();
    let (callee, _) = frame_at(vm, g, frame_idx);
    let text = format!("{rec} escapes {callee}, which a library function called: the library catches it (fmt prints %!v(PANIC=…))");
    emit(vm, g, g.panics.len().saturating_sub(1), &text);
}

/// Goexit ran out of deferred calls.
#[cold]
#[inline(never)]
pub(crate) fn goexit_finished(vm: &mut Vm, g: &Goroutine) {
    let text = if g.is_main { "Goexit: no deferred calls left: the main goroutine ends (the program ends when no other goroutine is left)" } else { "Goexit: no deferred calls left: the goroutine ends" };
    emit(vm, g, g.panics.len().saturating_sub(1), text);
}

/// The current record ran out of deferred calls: the program crashes.
#[cold]
#[inline(never)]
pub(crate) fn fatal_panic(vm: &mut Vm, g: &Goroutine) {
    let rec = g.panics.last().map(|r| record_name(vm, r)).unwrap_or_default();
    let text = format!("no deferred call recovered {rec}: the program prints the panic chain and exits with code 2");
    emit(vm, g, g.panics.len().saturating_sub(1), &text);
}

/// A function with `defer` ran all its deferred calls and returns (the top
/// frame, at the `Return` that follows its `RunDefers` epilogue).
#[cold]
#[inline(never)]
pub(crate) fn function_returns(vm: &mut Vm, g: &Goroutine) {
    let n = g.frames.len();
    let Some(top) = g.frames.last() else { return };
    let proto = &vm.module.funcs[top.func.0 as usize];
    let results = epilogue_results(vm, g).map(|vals| vals.iter().map(|v| describe_raw(vm, *v, 0)).collect::<Vec<_>>());
    let to = match top.ret {
        ReturnTo::Caller if n >= 2 => format!("to {}", frame_at(vm, g, n - 2).0),
        ReturnTo::GoroutineEnd => "and its goroutine ends".into(),
        // A deferred call (its results are dropped): `deferred_call_finished` says it.
        _ => return,
    };
    let text = match results {
        Some(r) if r.is_empty() => format!("{} returns {to}", proto.name),
        Some(r) if r.len() == 1 => format!("{} returns {} {to}", proto.name, r[0]),
        Some(r) => format!("{} returns ({}) {to}", proto.name, r.join(", ")),
        None => format!("{} returns {to}", proto.name),
    };
    emit(vm, g, g.panics.len(), &text);
}

/// The values the top frame's epilogue will return: its code after
/// `RunDefers` only reads the result variables (Move/Load/LoadCapture/
/// LoadGlobal) into a window and returns it, so reading them here is exact.
fn epilogue_results(vm: &Vm, g: &Goroutine) -> Option<Vec<Value>> {
    let top = g.frames.last()?;
    let proto = &vm.module.funcs[top.func.0 as usize];
    let base = top.base as usize;
    let mut regs: Vec<Value> = g.regs.get(base..base + proto.num_regs as usize)?.to_vec();
    for instr in proto.code.get(top.pc as usize..)? {
        match *instr {
            Instr::Move { dst, src } => regs[dst.0 as usize] = regs[src.0 as usize],
            Instr::Load { dst, ptr } => regs[dst.0 as usize] = if let Value::Ptr(p) = regs[ptr.0 as usize] { vm.heap.load(p) } else { Value::Nil },
            Instr::LoadCapture { dst, idx } => regs[dst.0 as usize] = crate::ops::capture(&vm.heap, top.closure, idx as usize),
            Instr::LoadGlobal { dst, global } => regs[dst.0 as usize] = vm.heap.agg(vm.globals)[global.0 as usize],
            Instr::Return { a, n } => return regs.get(a.0 as usize..a.0 as usize + n as usize).map(<[Value]>::to_vec),
            _ => return None,
        }
    }
    None
}
