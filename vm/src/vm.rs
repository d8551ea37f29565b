//! Owns the `Vm`: loading a module (resolving natives, installing runtime error
//! types, materialising constants and globals) and running it to an exit code.
//! Must not know source syntax.

use crate::bytecode::{Const, Module};
use crate::heap::Heap;
use crate::host::{Host, OsHost};
use crate::native::{NativeFn, NativeRegistry};
use crate::output::Output;
use crate::runtime_error::{self, RuntimeErrors};
use crate::sched::Sched;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// A module could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The module names a native the registry does not have.
    UnknownNative(String),
    /// The module failed verification (`verify.rs`).
    Invalid(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::UnknownNative(n) => write!(f, "unknown native function {n}"),
            LoadError::Invalid(why) => write!(f, "invalid module: {why}"),
        }
    }
}

/// Knobs for running a program.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Write one line per defer/panic/recover/Goexit event to stderr.
    pub trace_unwind: bool,
    /// `os.Args`.
    pub args: Vec<String>,
    /// Seed of the PRNG choosing among ready `select` cases.
    pub seed: u64,
}

/// A loaded program, ready to run.
pub struct Vm {
    pub(crate) module: Rc<Module>,
    pub(crate) natives: Vec<NativeFn>,
    pub(crate) heap: Heap,
    pub(crate) out: Output,
    pub(crate) rt: RuntimeErrors,
    /// Materialised constant pools, per function.
    pub(crate) consts: Rc<Vec<Vec<Value>>>,
    /// The globals table (an `Agg` object, so `&g` is a pointer into it).
    pub(crate) globals: ObjRef,
    pub(crate) options: VmOptions,
    pub(crate) sched: Sched,
    /// The door to the world (`host.rs`).
    pub(crate) host: Box<dyn Host>,
    /// Interface boxes of constants (`IfaceConst`), shared by equal constants.
    pub(crate) const_boxes: std::collections::HashMap<(u16, ConstKey), crate::value::IfaceRef>,
    /// Run-time interface satisfaction, per (dynamic type, interface type).
    pub(crate) iface_cache: std::collections::HashMap<(u16, u16), bool>,
    /// Set by `os.Exit(code)` (tells it from a crash, which also ends with exit code 2).
    pub(crate) os_exit: Option<i32>,
    /// Per function, filled on first dispatch: may a value-receiver method run
    /// on an interface's boxed value without a copy (`iface::resolve_method`).
    pub(crate) shares_receiver: Vec<crate::ops::iface::ReceiverUse>,
}

/// The implementation of the native `name`: the runtime's own, a builtin, or the registry's.
pub(crate) fn resolve_native(name: &str, registry: &NativeRegistry) -> Result<NativeFn, LoadError> {
    if name == runtime_error::ERROR_TEXT_NATIVE {
        Ok(runtime_error::error_text_native as NativeFn)
    } else if let Some(f) = crate::builtins::lookup(name) {
        Ok(f)
    } else {
        registry.get(name).ok_or_else(|| LoadError::UnknownNative(name.to_string()))
    }
}

/// A function's constant pool as values (strings allocated on `heap`).
pub(crate) fn materialise_consts(heap: &mut Heap, consts: &[Const]) -> Vec<Value> {
    consts
        .iter()
        .map(|c| match c {
            Const::Int(i) => Value::Int(*i),
            Const::Float(x) => Value::Float(*x),
            Const::Bool(b) => Value::Bool(*b),
            Const::Str(s) => heap.alloc_str(s),
        })
        .collect()
}

/// A constant's identity for `IfaceConst` box sharing.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) enum ConstKey {
    Bits(u8, u64),
    Bytes(Vec<u8>),
}

impl Vm {
    /// Loads `module`: resolves its natives against `registry` and installs the
    /// runtime's own types and functions. The program talks to the real OS
    /// (`OsHost`), with `options.args` as `os.Args`.
    pub fn new(module: Module, registry: &NativeRegistry, out: Output, options: VmOptions) -> Result<Vm, LoadError> {
        let host = Box::new(OsHost::new(options.args.clone()));
        Vm::with_host(module, registry, out, options, host)
    }

    /// `Vm::new` with the program's world supplied by the caller (a sandbox, an embedder).
    pub fn with_host(mut module: Module, registry: &NativeRegistry, out: Output, options: VmOptions, host: Box<dyn Host>) -> Result<Vm, LoadError> {
        crate::verify::verify_module(&module).map_err(LoadError::Invalid)?;
        module.canonicalize_method_ids();
        let rt = runtime_error::install(&mut module);
        let natives = module.natives.iter().map(|name| resolve_native(name, registry)).collect::<Result<Vec<_>, _>>()?;
        let mut heap = Heap::new();
        let consts: Vec<Vec<Value>> = module.funcs.iter().map(|f| materialise_consts(&mut heap, &f.consts)).collect();
        let mut globals_init = Vec::with_capacity(module.globals.len());
        for g in &module.globals {
            globals_init.push(crate::zero::zero_value(&mut heap, &module, g.ty));
        }
        let globals = heap.alloc_agg(globals_init);
        let sched = Sched::new(options.seed);
        Ok(Vm { module: Rc::new(module), natives, heap, out, rt, consts: Rc::new(consts), globals, options, sched, host, const_boxes: Default::default(), iface_cache: Default::default(), os_exit: None, shares_receiver: Vec::new() })
    }

    /// The loaded module (with the runtime's additions).
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// Number of garbage collections so far.
    pub fn gc_count(&self) -> u64 {
        self.heap.collections
    }

    /// Number of live heap objects (after the last collection plus new ones).
    pub fn heap_objects(&self) -> usize {
        self.heap.object_count()
    }

    /// Runs a collection now with no goroutine running (tests, `runtime.GC`).
    pub fn collect_garbage(&mut self) {
        crate::gc::collect(self, None);
    }

    /// Runs the program to completion; returns the process exit code.
    pub fn run(&mut self) -> i32 {
        let code = crate::sched::run_program(self);
        self.out.flush();
        code
    }
}
