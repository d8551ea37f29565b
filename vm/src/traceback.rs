//! Owns crash output (SEMANTICS.md §5): the panic chain (preprintpanics calling
//! `Error()`/`String()` as resumable minigo calls, then printpanics with Go's
//! `[recovered]`/`[recovered, repanicked]` marks and identity de-duplication),
//! printing panic values like `printpanicval`, fatal errors, stack overflow,
//! deadlock reports, and Go-shaped goroutine tracebacks; exit code 2.
//! Must not know instructions.

use crate::bytecode::{IntKind, TypeKind};
use crate::goroutine::{Goroutine, ReturnTo};
use crate::interp::{Flow, SliceEnd};
use crate::ops::call;
use crate::value::Value;
use crate::vm::Vm;

/// A record's value after preprintpanics converted it with `Error()`/`String()`:
/// the text is stored as a plain `Value::Str` (never produced by `panic` itself,
/// whose values are interfaces).
fn is_converted_text(v: Value) -> bool {
    matches!(v, Value::Str(_))
}

/// Go's interface-word identity of two panic values (§5.2).
pub(crate) fn identical(vm: &Vm, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return false;
            }
            if x.data == y.data {
                return true;
            }
            let (va, vb) = (vm.heap.iface_value(x.data), vm.heap.iface_value(y.data));
            if vm.rt.is_runtime_error(a) {
                return vm.rt.shares_value(x.ty, vm.heap.value_str(va), vm.heap.value_str(vb));
            }
            match (&vm.module.ty(x.ty).kind, va, vb) {
                (TypeKind::Int(_) | TypeKind::Bool, p, q) => p.as_int() == q.as_int() && (p.as_int() as u64) < 256,
                (TypeKind::Float { .. }, Value::Float(p), Value::Float(q)) => p.to_bits() == q.to_bits() && p.to_bits() < 256,
                (TypeKind::String, p, q) => vm.heap.value_str(p).is_empty() && vm.heap.value_str(q).is_empty(),
                (TypeKind::Pointer { .. } | TypeKind::Map { .. } | TypeKind::Chan { .. } | TypeKind::Func { .. }, p, q) => crate::equal::values_equal(&vm.heap, &vm.module, p, q).unwrap_or(false),
                _ => false,
            }
        }
        _ => false,
    }
}

/// The method `Error` (or else `String`) of a panic value's dynamic type.
fn text_method(vm: &Vm, v: Value) -> Option<crate::bytecode::FuncIdx> {
    let Value::Iface(i) = v else { return None };
    let desc = vm.module.ty(i.ty);
    for name in ["Error", "String"] {
        if let Some(m) = vm.module.method_id(name) {
            if let Some(md) = desc.method(m) {
                return Some(md.func);
            }
        }
    }
    None
}

/// The current record ran out of deferred calls: print the chain and die.
pub(crate) fn fatal_panic(vm: &mut Vm, g: &mut Goroutine) -> Flow {
    if g.printing.is_some() {
        return Flow::End(panic_while_printing(vm, g));
    }
    let n = g.panics.len();
    preprint_from(vm, g, n)
}

/// preprintpanics, newest first, from record index `next - 1` down.
fn preprint_from(vm: &mut Vm, g: &mut Goroutine, next: usize) -> Flow {
    let mut i = next;
    while i > 0 {
        i -= 1;
        let r = g.panics[i].clone();
        if i > 0 && identical(vm, g.panics[i - 1].value, r.value) {
            g.panics[i - 1].repanicked = true;
            continue;
        }
        if r.goexit || is_converted_text(r.value) {
            continue;
        }
        if let Some(func) = text_method(vm, r.value) {
            g.printing = Some(i);
            let recv = match r.value {
                Value::Iface(iv) => vm.heap.iface_value(iv.data),
                v => v,
            };
            let base = call::callback_base(vm, g);
            g.ensure_regs(base + 2);
            g.regs[base] = recv;
            return match call::push_frame(vm, g, func, base, None, ReturnTo::PrintPanicValue { record: i as u32 }) {
                Ok(()) => Flow::Continue,
                Err(end) => Flow::End(end),
            };
        }
    }
    g.printing = None;
    Flow::End(print_panics(vm, g, None))
}

/// `Error()`/`String()` of record `record` returned `text`.
pub(crate) fn printed_value(vm: &mut Vm, g: &mut Goroutine, record: usize, text: Value) -> Flow {
    if let Some(r) = g.panics.get_mut(record) {
        r.value = match text {
            Value::Str(_) => text,
            _ => Value::EMPTY_STR,
        };
    }
    g.printing = None;
    preprint_from(vm, g, record)
}

/// printpanics: the chain, oldest first; `fatal` appends a fatal error line.
fn print_panics(vm: &mut Vm, g: &Goroutine, fatal: Option<&str>) -> SliceEnd {
    let mut s = String::new();
    for (i, r) in g.panics.iter().enumerate() {
        if i > 0 {
            let o = &g.panics[i - 1];
            if o.repanicked {
                continue;
            }
            if !o.goexit {
                s.push('\t');
            }
        }
        if r.goexit {
            continue;
        }
        s.push_str("panic: ");
        s.push_str(&show(vm, r.value, fatal.is_some()));
        if r.recovered && r.repanicked {
            s.push_str(" [recovered, repanicked]");
        } else if r.recovered {
            s.push_str(" [recovered]");
        }
        s.push('\n');
    }
    if let Some(msg) = fatal {
        if !g.panics.is_empty() {
            s.push('\t');
        }
        s.push_str("fatal error: ");
        s.push_str(msg);
        s.push('\n');
    }
    if g.sigsegv {
        s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    s.push('\n');
    s.push_str(&goroutine_traceback(vm, g, "running"));
    vm.out.write_stderr(s.as_bytes());
    SliceEnd::ProgramExit(2)
}

/// A panic escaped `Error()`/`String()` while printing (§5.5).
fn panic_while_printing(vm: &mut Vm, g: &Goroutine) -> SliceEnd {
    let v = g.panics.last().map(|r| r.value).unwrap_or_default();
    let shown = match v {
        Value::Iface(i) if vm.module.ty(i.ty).name == "string" => indent_newlines(&vm.heap.value_string(vm.heap.iface_value(i.data))),
        Value::Iface(i) => format!("type {}", vm.module.ty(i.ty).name),
        _ => String::new(),
    };
    let mut s = format!("fatal error: panic while printing panic value: {shown}\n");
    if g.sigsegv {
        s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    s.push('\n');
    s.push_str(&goroutine_traceback(vm, g, "running"));
    vm.out.write_stderr(s.as_bytes());
    SliceEnd::ProgramExit(2)
}

/// A fatal error (§5.6): the chain with raw values, then `fatal error: msg`.
pub(crate) fn fatal_error(vm: &mut Vm, g: &mut Goroutine, msg: &str) -> SliceEnd {
    let n = g.panics.len();
    for i in (1..n).rev() {
        if identical(vm, g.panics[i - 1].value, g.panics[i].value) {
            g.panics[i - 1].repanicked = true;
        }
    }
    print_panics(vm, g, Some(msg))
}

/// Go's stack overflow (§5.8).
pub(crate) fn stack_overflow(vm: &mut Vm, g: &Goroutine) -> SliceEnd {
    let mut s = String::from("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x0 stack=[0x0, 0x0]\nfatal error: stack overflow\n\n");
    s.push_str(&goroutine_traceback(vm, g, "running"));
    vm.out.write_stderr(s.as_bytes());
    SliceEnd::ProgramExit(2)
}

fn indent_newlines(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// `printpanicval` (§5.3); `raw` shows runtime errors as their Go values.
fn show(vm: &Vm, v: Value, raw: bool) -> String {
    let Value::Iface(i) = v else {
        return indent_newlines(&vm.heap.value_string(v));
    };
    let desc = vm.module.ty(i.ty);
    let inner = vm.heap.iface_value(i.data);
    let defined = desc.name.contains('.');
    if raw && vm.rt.is_runtime_error(v) {
        let text = vm.heap.value_string(inner);
        let text = text.strip_prefix("runtime error: ").unwrap_or(&text).to_string();
        return format!("{}(\"{}\")", desc.name.trim_start_matches('*'), indent_newlines(&text));
    }
    let plain = match &desc.kind {
        TypeKind::Int(k) => Some(if k.is_unsigned() && *k == IntKind::U64 { (inner.as_int() as u64).to_string() } else { inner.as_int().to_string() }),
        TypeKind::Float { bits } => Some(crate::fmtfloat::format_g(inner.as_float(), *bits as u32)),
        TypeKind::Bool => Some(inner.as_bool().to_string()),
        TypeKind::String => {
            let s = indent_newlines(&vm.heap.value_string(inner));
            return if defined { format!("{}(\"{s}\")", desc.name) } else { s };
        }
        _ => None,
    };
    match plain {
        Some(p) if defined => format!("{}({p})", desc.name),
        Some(p) => p,
        None => format!("({}) {:#x}", desc.name, 0xc000010000u64 + i.data.0 as u64 * 16),
    }
}

/// Go prints at most this many innermost and outermost frames.
const TRACEBACK_EDGE_FRAMES: usize = 50;

/// `goroutine N [status]:` and the frames, innermost first (Go's elision of
/// the middle of deep stacks included).
pub(crate) fn goroutine_traceback(vm: &Vm, g: &Goroutine, status: &str) -> String {
    let mut s = format!("goroutine {} [{status}]:\n", g.id);
    let n = g.frames.len();
    for (i, f) in g.frames.iter().rev().enumerate() {
        if n > 2 * TRACEBACK_EDGE_FRAMES && i == TRACEBACK_EDGE_FRAMES {
            s.push_str(&format!("...{} frames elided...\n", n - 2 * TRACEBACK_EDGE_FRAMES));
        }
        if n > 2 * TRACEBACK_EDGE_FRAMES && i >= TRACEBACK_EDGE_FRAMES && i < n - TRACEBACK_EDGE_FRAMES {
            continue;
        }
        let proto = &vm.module.funcs[f.func.0 as usize];
        let line = proto.line_at(f.pc.saturating_sub(1) as usize);
        let file = proto.file.as_deref().unwrap_or(&vm.module.file_name);
        s.push_str(&format!("{}(...)\n\t{}:{} +0x0\n", proto.name, file, line));
        // Frame idx-1 called panic()/Goexit() and frame idx is a deferred call
        // run for it: Go shows the runtime's frame between them (newest first
        // when a deferred `panic`/`Goexit` started another record there).
        let idx = n - 1 - i;
        for r in g.panics.iter().rev().filter(|r| r.start == idx) {
            s.push_str(if r.goexit { "runtime.Goexit()\n\truntime/panic.go:694 +0x0\n" } else { "panic({0x0?, 0x0?})\n\truntime/panic.go:859 +0x0\n" });
        }
    }
    s
}

/// Deadlock (§5.7): every goroutine is blocked.
pub(crate) fn deadlock(vm: &mut Vm, gs: &[(&Goroutine, String)]) -> SliceEnd {
    let mut s = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for (g, reason) in gs {
        s.push('\n');
        s.push_str(&goroutine_traceback(vm, g, reason));
    }
    vm.out.write_stderr(s.as_bytes());
    SliceEnd::ProgramExit(2)
}

