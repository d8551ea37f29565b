//! Owns the VM's unit tests on hand-built bytecode (`builder.rs`): one `check_run`
//! that runs a module and renders go-oracle's `-- stdout -- / -- stderr -- /
//! -- exit --` layout (traceback cut like `normalize-stderr`), and test natives.
//! Expected outputs were checked against real Go with go-oracle (the Go
//! program is quoted above each test). Must not know the compiler.

mod basics;
mod unwind_tests;
mod runtime_tests;
mod host_tests;

use crate::builder::ModuleBuilder;
use crate::bytecode::{Module, TypeKind};
use crate::native::{NativeCtx, NativeRegistry, NativeStep};
use crate::output::{Output, SharedBuf};
use crate::value::Value;
use crate::vm::{Vm, VmOptions};

/// `test.println`: like fmt.Println for basic dynamic types (interface args).
fn test_println(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let mut s = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&show(ctx, *a));
    }
    s.push('\n');
    ctx.out.write_stdout(s.as_bytes());
    NativeStep::unit()
}

fn show(ctx: &NativeCtx, v: Value) -> String {
    match v {
        Value::Iface(i) => {
            let inner = ctx.heap.iface_value(i.data);
            match ctx.module.ty(i.ty).kind {
                TypeKind::Int(_) => inner.as_int().to_string(),
                TypeKind::Bool => inner.as_bool().to_string(),
                TypeKind::Float { bits } => crate::fmtfloat::format_g(inner.as_float(), bits as u32),
                TypeKind::String => ctx.heap.value_string(inner),
                _ if ctx.module.ty(i.ty).name.contains("runtime.") => ctx.heap.value_string(inner),
                _ => format!("<{}>", ctx.module.ty(i.ty).name),
            }
        }
        Value::Nil => "<nil>".into(),
        Value::Str(_) => ctx.heap.value_string(v),
        Value::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

/// `test.typename(x any) string`: the dynamic type's name (`%T`).
fn test_typename(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let name = match args.first() {
        Some(Value::Iface(i)) => ctx.module.ty(i.ty).name.clone(),
        _ => "<nil>".to_string(),
    };
    NativeStep::one(ctx.heap.alloc_str(name.as_bytes()))
}

/// `test.sleep(ns int)`: like time.Sleep.
fn test_sleep(_ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::Sleep(args.first().map(|v| v.as_int()).unwrap_or(0))
}

/// `test.call(f func() string)`: calls `f` back, catching its panic like fmt
/// does, and prints `returned: S` or `panicked: V`.
fn test_call(_ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    struct Print;
    impl crate::native::NativeResume for Print {
        fn resume(self: Box<Self>, ctx: &mut NativeCtx, outcome: crate::native::CallOutcome) -> NativeStep {
            let line = match outcome {
                crate::native::CallOutcome::Returned(v) => format!("returned: {}\n", ctx.heap.value_string(v.first().copied().unwrap_or_default())),
                crate::native::CallOutcome::Panicked(v) => format!("panicked: {}\n", show(ctx, v)),
            };
            ctx.out.write_stdout(line.as_bytes());
            NativeStep::unit()
        }
    }
    NativeStep::Call { func: args.first().copied().unwrap_or_default(), args: Default::default(), catch_panic: true, resume: Box::new(Print) }
}

/// `test.fatal(msg string)`: a fatal error, like sync's unlock of an unlocked mutex.
fn test_fatal(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::Fatal(ctx.heap.value_string(args.first().copied().unwrap_or_default()))
}

pub(crate) fn registry() -> NativeRegistry {
    let mut r = NativeRegistry::new();
    r.register("test.call", test_call);
    r.register("test.fatal", test_fatal);
    r.register("test.sleep", test_sleep);
    r.register("test.println", test_println);
    r.register("test.typename", test_typename);
    r
}

/// Assembles and runs `src` (see `asm.rs`).
pub(crate) fn check_asm(src: &str) -> String {
    check_run(crate::asm::assemble(src).unwrap_or_else(|e| panic!("assembly failed: {e}")))
}

/// Runs `module`; returns go-oracle's layout with the traceback cut.
pub(crate) fn check_run(module: Module) -> String {
    check_run_with(module, VmOptions::default())
}

pub(crate) fn check_run_with(module: Module, options: VmOptions) -> String {
    let (out, err) = (SharedBuf::default(), SharedBuf::default());
    let mut vm = Vm::new(module, &registry(), Output::new(Box::new(out.clone()), Box::new(err.clone())), options).expect("module loads");
    let code = vm.run();
    format!("-- stdout --\n{}-- stderr --\n{}-- exit --\n{code}\n", out.contents(), normalize_stderr(&err.contents()))
}

/// Like shared/tools/normalize-stderr: cut the traceback and the signal line.
fn normalize_stderr(s: &str) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = s.split_inclusive('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if l == "\n" && lines.get(i + 1).is_some_and(|n| n.starts_with("goroutine ")) {
            break;
        }
        if !l.starts_with("[signal SIGSEGV") && !l.starts_with("runtime: sp=") {
            out.push_str(l);
        }
        i += 1;
    }
    out
}

/// A fresh builder with `test.println` interned.
pub(crate) fn builder() -> (ModuleBuilder, crate::bytecode::NativeIdx) {
    let mut mb = ModuleBuilder::new("/tmp/prog.mg");
    let p = mb.native("test.println");
    (mb, p)
}
