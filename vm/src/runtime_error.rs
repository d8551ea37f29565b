//! Owns Go's runtime-error panic values: their types (`runtime.boundsError`,
//! `runtime.errorString`, `runtime.plainError`, `*runtime.TypeAssertionError`,
//! `*runtime.PanicNilError`, `maps.unhashableTypeError`), installed into the
//! module at load with `Error()`/`RuntimeError()` methods, and `#[cold]`
//! constructors producing Go's exact `Error()` texts (SEMANTICS.md §6).
//! Must not know instructions or unwinding.

use crate::bytecode::{Const, FuncIdx, FuncProto, Instr, MethodDesc, MethodId, Module, NativeIdx, Reg, TypeDesc, TypeId, TypeKind};
use crate::heap::Heap;
use crate::native::{NativeCtx, NativeStep};
use crate::value::{IfaceRef, Value};

/// The runtime error types of a loaded module.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeErrors {
    pub bounds_error: TypeId,
    pub error_string: TypeId,
    pub plain_error: TypeId,
    pub type_assertion_error: TypeId,
    pub panic_nil_error: TypeId,
    pub unhashable_type_error: TypeId,
    pub string: TypeId,
}

/// Name of the VM-internal native implementing the `Error()` methods.
pub const ERROR_TEXT_NATIVE: &str = "runtime.errorText";

/// `runtime.errorText`: the message stored in the error's box.
pub fn error_text_native(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let _ = ctx;
    NativeStep::one(args.first().copied().unwrap_or(Value::EMPTY_STR))
}

fn intern_method(module: &mut Module, name: &str) -> MethodId {
    match module.method_id(name) {
        Some(m) => m,
        None => {
            module.method_names.push(name.to_string());
            MethodId(module.method_names.len() as u16 - 1)
        }
    }
}

fn push_type(module: &mut Module, desc: TypeDesc) -> TypeId {
    module.types.push(desc);
    TypeId(module.types.len() as u16 - 1)
}

/// Finds or appends a type named `name`.
pub fn ensure_type(module: &mut Module, name: &str, kind: TypeKind, size: u64) -> TypeId {
    module.type_named(name).unwrap_or_else(|| {
        let mut d = TypeDesc::new(name, kind, size, true);
        d.named = true;
        push_type(module, d)
    })
}

/// Finds or appends the unnamed function type `name` (`func() string`), the
/// signature recorded for a runtime error method.
fn ensure_func_type(module: &mut Module, name: &str, results: Vec<TypeId>) -> TypeId {
    match module.types.iter().position(|t| t.name == name && !t.named && matches!(t.kind, TypeKind::Func { .. })) {
        Some(i) => TypeId(i as u16),
        None => push_type(module, TypeDesc::new(name, TypeKind::Func { params: Vec::new(), results, variadic: false }, 8, false)),
    }
}

/// Adds the runtime error types and their method functions to the module.
pub fn install(module: &mut Module) -> RuntimeErrors {
    let string = ensure_type(module, "string", TypeKind::String, 16);
    let error_sig = Some(ensure_func_type(module, "func() string", vec![string]));
    let runtime_error_sig = Some(ensure_func_type(module, "func()", Vec::new()));
    let native = match module.natives.iter().position(|n| n == ERROR_TEXT_NATIVE) {
        Some(i) => NativeIdx(i as u16),
        None => {
            module.natives.push(ERROR_TEXT_NATIVE.to_string());
            NativeIdx(module.natives.len() as u16 - 1)
        }
    };
    let error_m = intern_method(module, "Error");
    let runtime_error_m = intern_method(module, "RuntimeError");
    let make = |module: &mut Module, name: &str, pointer: bool| -> TypeId {
        let short = name.trim_start_matches('*');
        let error_fn = push_func(module, format!("{}.Error", method_owner(short, pointer)), vec![Instr::CallNative { native, a: Reg(0), nargs: 1, nret: 1 }, Instr::Return { a: Reg(0), n: 1 }], 1);
        let rt_fn = push_func(module, format!("{}.RuntimeError", method_owner(short, pointer)), vec![Instr::Return { a: Reg(0), n: 0 }], 0);
        let mut methods = vec![
            MethodDesc { name: error_m, sig: error_sig, func: error_fn, ptr_recv: pointer },
            MethodDesc { name: runtime_error_m, sig: runtime_error_sig, func: rt_fn, ptr_recv: pointer },
        ];
        methods.sort_by(|a, b| module.method_names[a.name.0 as usize].cmp(&module.method_names[b.name.0 as usize]));
        let kind = if pointer { TypeKind::Pointer { elem: string } } else { TypeKind::String };
        let mut d = TypeDesc::new(name, kind, if pointer { 8 } else { 16 }, true);
        d.named = !pointer;
        d.methods = methods;
        // A program that names the type (`r.(*runtime.PanicNilError)`) has
        // its descriptor already: the runtime's values take that identity.
        match module.type_named(name) {
            Some(declared) => {
                module.types[declared.0 as usize] = d;
                declared
            }
            None => push_type(module, d),
        }
    };
    RuntimeErrors {
        bounds_error: make(module, "runtime.boundsError", false),
        error_string: make(module, "runtime.errorString", false),
        plain_error: make(module, "runtime.plainError", false),
        type_assertion_error: make(module, "*runtime.TypeAssertionError", true),
        panic_nil_error: make(module, "*runtime.PanicNilError", true),
        unhashable_type_error: make(module, "maps.unhashableTypeError", false),
        string,
    }
}

fn method_owner(short: &str, pointer: bool) -> String {
    if pointer {
        let (pkg, name) = short.split_once('.').unwrap_or(("runtime", short));
        format!("{pkg}.(*{name})")
    } else {
        short.to_string()
    }
}

fn push_func(module: &mut Module, name: String, code: Vec<Instr>, num_results: u16) -> FuncIdx {
    let lines = vec![0; code.len()];
    module.funcs.push(FuncProto { name, num_params: 1, num_results, num_regs: 2, code, lines, consts: Vec::<Const>::new(), ..FuncProto::default() });
    FuncIdx(module.funcs.len() as u32 - 1)
}

impl RuntimeErrors {
    /// A panic value of runtime error type `ty` whose `Error()` is `text`.
    pub fn make(&self, heap: &mut Heap, ty: TypeId, text: &str) -> Value {
        let s = heap.alloc_str(text.as_bytes());
        let data = heap.alloc_box(s);
        Value::Iface(IfaceRef { ty, data })
    }
    /// Is `v` one of the runtime error values (a `runtime.Error`)?
    pub fn is_runtime_error(&self, v: Value) -> bool {
        matches!(v, Value::Iface(i) if [self.bounds_error, self.error_string, self.plain_error, self.type_assertion_error, self.panic_nil_error, self.unhashable_type_error].contains(&i.ty))
    }

    /// Whether two distinct panics with runtime errors of type `ty` and these
    /// texts carry one interface value in Go (§5.2's identity). Go's runtime
    /// panics with one shared value for each error whose text is fixed (nil
    /// dereference, division by zero, negative shift, nil map write, channel
    /// misuse, `make`'s range checks), with a pointer-shaped value naming the
    /// key's type for an unhashable map read, and with a pointer to a zero-size
    /// object, which all share one address, for `panic(nil)`; every other
    /// runtime error (bounds, type assertions, texts naming a type) is a new
    /// value per panic.
    pub fn shares_value(&self, ty: TypeId, a: &[u8], b: &[u8]) -> bool {
        if a != b {
            return false;
        }
        if ty == self.unhashable_type_error || ty == self.panic_nil_error {
            return true;
        }
        let names_a_type = a.starts_with(b"runtime error: hash of unhashable type ") || a.starts_with(b"runtime error: comparing uncomparable type ");
        (ty == self.error_string || ty == self.plain_error) && !names_a_type
    }

    #[cold]
    pub fn index_out_of_range(&self, heap: &mut Heap, i: i64, len: usize) -> Value {
        let text = if i < 0 { format!("runtime error: index out of range [{i}]") } else { format!("runtime error: index out of range [{i}] with length {len}") };
        self.make(heap, self.bounds_error, &text)
    }
    /// `[N]T(s)` / `(*[N]T)(s)` of a too-short slice.
    #[cold]
    pub fn slice_to_array_len(&self, heap: &mut Heap, len: usize, n: u32) -> Value {
        let text = format!("runtime error: cannot convert slice with length {len} to array or pointer to array with length {n}");
        self.make(heap, self.bounds_error, &text)
    }
    /// `x[lo:hi:max]` failure; `what` is "capacity" for slices, "length" for strings/arrays.
    #[cold]
    pub fn slice_out_of_range(&self, heap: &mut Heap, lo: i64, hi: i64, max: Option<i64>, cap: usize, what: &str) -> Value {
        let text = match max {
            None => {
                if hi < 0 {
                    format!("runtime error: slice bounds out of range [:{hi}]")
                } else if hi as u64 > cap as u64 {
                    format!("runtime error: slice bounds out of range [:{hi}] with {what} {cap}")
                } else if lo < 0 {
                    format!("runtime error: slice bounds out of range [{lo}:]")
                } else {
                    format!("runtime error: slice bounds out of range [{lo}:{hi}]")
                }
            }
            Some(max) => {
                if max < 0 {
                    format!("runtime error: slice bounds out of range [::{max}]")
                } else if max as u64 > cap as u64 {
                    format!("runtime error: slice bounds out of range [::{max}] with capacity {cap}")
                } else if hi < 0 {
                    format!("runtime error: slice bounds out of range [:{hi}:]")
                } else if hi > max {
                    format!("runtime error: slice bounds out of range [:{hi}:{max}]")
                } else if lo < 0 {
                    format!("runtime error: slice bounds out of range [{lo}::]")
                } else {
                    format!("runtime error: slice bounds out of range [{lo}:{hi}:]")
                }
            }
        };
        self.make(heap, self.bounds_error, &text)
    }
    #[cold]
    pub fn nil_deref(&self, heap: &mut Heap) -> Value {
        self.make(heap, self.error_string, "runtime error: invalid memory address or nil pointer dereference")
    }
    #[cold]
    pub fn divide_by_zero(&self, heap: &mut Heap) -> Value {
        self.make(heap, self.error_string, "runtime error: integer divide by zero")
    }
    #[cold]
    pub fn negative_shift(&self, heap: &mut Heap) -> Value {
        self.make(heap, self.error_string, "runtime error: negative shift amount")
    }
    #[cold]
    pub fn nil_map_write(&self, heap: &mut Heap) -> Value {
        self.make(heap, self.plain_error, "assignment to entry in nil map")
    }
    #[cold]
    pub fn plain(&self, heap: &mut Heap, text: &str) -> Value {
        self.make(heap, self.plain_error, text)
    }
    #[cold]
    pub fn error_string(&self, heap: &mut Heap, text: &str) -> Value {
        self.make(heap, self.error_string, text)
    }
    #[cold]
    pub fn panic_nil(&self, heap: &mut Heap) -> Value {
        self.make(heap, self.panic_nil_error, "runtime error: panic called with nil argument")
    }
    #[cold]
    pub fn type_assertion(&self, heap: &mut Heap, text: &str) -> Value {
        self.make(heap, self.type_assertion_error, text)
    }
    /// Map write with an unhashable key (`runtime error: hash of unhashable type T`).
    #[cold]
    pub fn unhashable_write(&self, heap: &mut Heap, type_name: &str) -> Value {
        self.make(heap, self.error_string, &format!("runtime error: hash of unhashable type {type_name}"))
    }
    /// Map read/delete with an unhashable key (`hash of unhashable type: T`).
    #[cold]
    pub fn unhashable_read(&self, heap: &mut Heap, type_name: &str) -> Value {
        self.make(heap, self.unhashable_type_error, &format!("hash of unhashable type: {type_name}"))
    }
    #[cold]
    pub fn uncomparable(&self, heap: &mut Heap, type_name: &str) -> Value {
        self.make(heap, self.error_string, &format!("runtime error: comparing uncomparable type {type_name}"))
    }
}
