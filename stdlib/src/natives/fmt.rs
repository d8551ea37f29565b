//! Owns package `fmt`'s natives: `Print*`, `Sprint*`, `Fprint*` (to
//! `os.Stdout`/`os.Stderr`) and the engine half of `Errorf`. Each runs the
//! printer twice when methods are involved: pass one records the
//! `Error()`/`String()` calls Go would make, the native makes them in order
//! as minigo callbacks (`NativeStep::Call`, panics caught), pass two prints
//! with their results. Must not know the vm's internals beyond `native.rs`.

use crate::fmt::{Method, MethodOutcome, Printer, Recorder, Replay, Wrapped};
use crate::glue::operand::VmOperand;
use crate::glue::{self, ret};
use minigo_vm::bytecode::{FuncIdx, TypeId};
use minigo_vm::heap::Heap;
use minigo_vm::{CallOutcome, NativeCtx, NativeRegistry, NativeResume, NativeStep, Value, Values};

/// Which printer entry point and where the text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verbs {
    Print,
    Println,
    Printf,
}

#[derive(Clone, Copy)]
enum Sink {
    Stdout,
    Stderr,
    /// `Sprint*`: return the string.
    String,
    /// `fmt.errorf`: return (message, wrapped indexes).
    Errorf,
    /// `Fprint*` to an `io.Writer` other than a file: call its `Write`
    /// method (the receiver as the interface holds it, and the method).
    Writer(Value, FuncIdx),
}

/// One print operation, resumable across method callbacks.
struct PrintJob {
    verbs: Verbs,
    sink: Sink,
    format: Vec<u8>,
    /// The `...any` arguments (interface values).
    args: Vec<Value>,
    /// Method calls pass one asked for: receiver, its type, the method function.
    calls: Vec<(Value, TypeId, Method, FuncIdx)>,
    outcomes: Vec<MethodOutcome>,
}

impl PrintJob {
    fn new(ctx: &NativeCtx, verbs: Verbs, sink: Sink, args: &[Value]) -> PrintJob {
        let (format, rest) = match verbs {
            Verbs::Printf => (glue::str_arg(ctx, args, 0), 1),
            _ => (Vec::new(), 0),
        };
        PrintJob { verbs, sink, format, args: glue::slice_arg(ctx, args, rest), calls: Vec::new(), outcomes: Vec::new() }
    }

    /// Runs the printer over the arguments with `caller` answering method calls.
    fn print<'h>(&self, heap: &'h Heap, module: &'h minigo_vm::bytecode::Module, caller: &mut dyn crate::fmt::MethodCaller<VmOperand<'h>>) -> (Vec<u8>, Wrapped) {
        let ops: Vec<VmOperand> = self.args.iter().map(|&a| VmOperand::from_iface(heap, module, a)).collect();
        let mut p = if matches!(self.sink, Sink::Errorf) { Printer::for_errorf(caller) } else { Printer::new(caller) };
        match self.verbs {
            Verbs::Print => p.do_print(&ops),
            Verbs::Println => p.do_println(&ops),
            Verbs::Printf => p.do_printf(&self.format, &ops),
        }
        let wrapped = p.wrapped();
        (p.into_bytes(), wrapped)
    }

    /// Pass one; then either finishes or starts the first method call.
    fn start(mut self, ctx: &mut NativeCtx) -> NativeStep {
        let mut rec = Recorder::default();
        let (text, wrapped) = self.print(ctx.heap, ctx.module, &mut rec);
        if rec.calls.is_empty() {
            return self.finish(ctx, text, wrapped);
        }
        for (op, m) in rec.calls {
            let Some(ty) = op.ty else { continue };
            let func = glue::method_named(ctx.module, ty, m.name()).map(|d| d.func);
            if let Some(func) = func {
                self.calls.push((op.value, ty, m, func));
            }
        }
        self.next(ctx)
    }

    fn next(self: PrintJob, ctx: &mut NativeCtx) -> NativeStep {
        let i = self.outcomes.len();
        if i < self.calls.len() {
            let (recv, _, _, func) = self.calls[i];
            let recv = ctx.heap.copy_agg(recv);
            let mut args = Values::new();
            args.push(recv);
            return NativeStep::Call { func: Value::Func(func), args, catch_panic: true, resume: Box::new(self) };
        }
        let mut replay = Replay::new(self.outcomes.clone());
        let (text, wrapped) = self.print(ctx.heap, ctx.module, &mut replay);
        self.finish(ctx, text, wrapped)
    }

    fn finish(&self, ctx: &mut NativeCtx, text: Vec<u8>, wrapped: Wrapped) -> NativeStep {
        let n = Value::Int(text.len() as i64);
        match self.sink {
            Sink::Stdout => {
                ctx.out.write_stdout(&text);
                ret([n, Value::Nil])
            }
            Sink::Stderr => {
                ctx.out.write_stderr(&text);
                ret([n, Value::Nil])
            }
            Sink::String => glue::ret_str(ctx, &text),
            Sink::Writer(recv, write) => {
                let mut args = Values::new();
                args.push(ctx.heap.copy_agg(recv));
                args.push(glue::append_bytes(ctx.heap, Value::Nil, &text));
                // `Write`'s (n, err) become Fprint's results.
                NativeStep::Call { func: Value::Func(write), args, catch_panic: false, resume: Box::new(WriteResults) }
            }
            Sink::Errorf => {
                let msg = glue::string(ctx, &text);
                let (kind, idx) = match wrapped {
                    Wrapped::None => (0, vec![]),
                    Wrapped::One(i) => (1, vec![i]),
                    Wrapped::Many(v) => (2, v),
                };
                let idx = idx.into_iter().map(|i| Value::Int(i as i64)).collect();
                let idx = ctx.heap.alloc_slice(idx);
                ret([msg, Value::Int(kind), idx])
            }
        }
    }
}

/// Returns a writer's `Write` results as `Fprint*`'s.
struct WriteResults;

impl NativeResume for WriteResults {
    fn resume(self: Box<Self>, _ctx: &mut NativeCtx, outcome: CallOutcome) -> NativeStep {
        match outcome {
            CallOutcome::Returned(vals) => NativeStep::Return(vals),
            CallOutcome::Panicked(v) => NativeStep::Panic(v),
        }
    }
}

impl NativeResume for PrintJob {
    fn resume(mut self: Box<Self>, ctx: &mut NativeCtx, outcome: CallOutcome) -> NativeStep {
        let result = match outcome {
            CallOutcome::Returned(vals) => MethodOutcome::Returned(ctx.heap.value_str(vals.first().copied().unwrap_or_default()).to_vec()),
            CallOutcome::Panicked(v) => MethodOutcome::Panicked { value_text: panic_value_text(ctx.heap, ctx.module, v) },
        };
        self.outcomes.push(result);
        (*self).next(ctx)
    }

    fn trace(&self, mark: &mut dyn FnMut(Value)) {
        if let Sink::Writer(w, _) = self.sink {
            mark(w);
        }
        self.args.iter().for_each(|&v| mark(v));
        self.calls.iter().for_each(|c| mark(c.0));
    }
}

/// A panic value as `%v` prints it inside `%!v(PANIC=…)`. Errors whose text is
/// stored in their box (runtime errors, `errors.New`) print that text; other
/// values print without calling their methods.
pub fn panic_value_text(heap: &Heap, module: &minigo_vm::bytecode::Module, v: Value) -> Vec<u8> {
    if let Value::Iface(i) = v {
        let name = &module.ty(i.ty).name;
        let inner = heap.iface_value(i.data);
        if name.starts_with("runtime.") || name.starts_with("*runtime.") || name.starts_with("maps.") {
            let text = match inner {
                Value::Str(_) => inner,
                Value::Ptr(p) => heap.load(p),
                other => other,
            };
            return heap.value_str(text).to_vec();
        }
        if name == "*errors.errorString" {
            if let Some(s) = glue::receiver_struct(heap, inner) {
                return heap.value_str(heap.agg(s).first().copied().unwrap_or_default()).to_vec();
            }
        }
    }
    let op = VmOperand::from_iface(heap, module, v);
    let mut no_methods = crate::fmt::NoMethods;
    let mut p = Printer::new(&mut no_methods);
    p.print_arg(&op, 'v' as u32);
    p.into_bytes()
}

/// Where `Fprint*` writes: straight to the VM's output for an `*os.File`
/// holding handle 1 or 2 (its first field), however it arrives (`io.Writer`
/// or `*os.File`); through the writer's `Write` method otherwise (other
/// files included).
fn file_sink(ctx: &NativeCtx, w: Value) -> Sink {
    let (ty, v) = match w {
        Value::Iface(i) => (Some(i.ty), ctx.heap.iface_value(i.data)),
        other => (None, other),
    };
    if ty.is_none_or(|t| ctx.module.ty(t).name == "*os.File") {
        let fd = glue::receiver_struct(ctx.heap, v).and_then(|s| ctx.heap.agg(s).first().copied()).map(|f| f.as_int());
        match fd {
            Some(1) => return Sink::Stdout,
            Some(2) => return Sink::Stderr,
            _ => {}
        }
    }
    match ty.and_then(|t| glue::method_named(ctx.module, t, "Write")) {
        Some(m) => Sink::Writer(v, m.func),
        None => Sink::Stdout,
    }
}

macro_rules! printers {
    ($($name:ident => ($verbs:ident, $sink:ident)),* $(,)?) => {
        $(fn $name(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
            PrintJob::new(ctx, Verbs::$verbs, Sink::$sink, args).start(ctx)
        })*
    };
}

printers! {
    print => (Print, Stdout),
    println => (Println, Stdout),
    printf => (Printf, Stdout),
    sprint => (Print, String),
    sprintln => (Println, String),
    sprintf => (Printf, String),
    errorf_engine => (Printf, Errorf),
}

macro_rules! fprinters {
    ($($name:ident => $verbs:ident),* $(,)?) => {
        $(fn $name(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
            let sink = file_sink(ctx, args.first().copied().unwrap_or_default());
            PrintJob::new(ctx, Verbs::$verbs, sink, &args[1.min(args.len())..]).start(ctx)
        })*
    };
}

fprinters! { fprint => Print, fprintln => Println, fprintf => Printf }

pub fn register(r: &mut NativeRegistry) {
    r.register("fmt.Print", print);
    r.register("fmt.Println", println);
    r.register("fmt.Printf", printf);
    r.register("fmt.Sprint", sprint);
    r.register("fmt.Sprintln", sprintln);
    r.register("fmt.Sprintf", sprintf);
    r.register("fmt.Fprint", fprint);
    r.register("fmt.Fprintln", fprintln);
    r.register("fmt.Fprintf", fprintf);
    // `func errorf(format string, a []any) (msg string, kind int, wrapped []int)`:
    // kind 0 = plain message, 1 = one %w (wrapped[0]), 2 = several.
    r.register("fmt.errorf", errorf_engine);
}
