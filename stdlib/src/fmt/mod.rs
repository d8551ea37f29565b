//! Owns package `fmt`'s engine: the field layout of one operand (`format.rs`), the printer
//! that reads format strings and walks composite values (`print.rs`), map-key ordering
//! (`sort.rs`) and the operand view the vm implements (`operand.rs`).
//! Must not know the vm: values arrive through `Operand`, methods run
//! through `MethodCaller` (the vm answers with the two-pass `Recorder`/`Replay`).

mod format;
mod operand;
mod print;
mod sort;

pub use format::{Flags, Fmt, Radix};
pub use operand::{Field, Method, MethodCaller, MethodOutcome, NoMethods, Operand, Recorder, Replay, Shape};
pub use print::{Printer, Wrapped};
pub use sort::sort_map_entries;

/// Go's `Sprint`.
pub fn sprint<V: Operand>(args: &[V], caller: &mut dyn MethodCaller<V>) -> Vec<u8> {
    let mut p = Printer::new(caller);
    p.do_print(args);
    p.into_bytes()
}

/// Go's `Sprintln`.
pub fn sprintln<V: Operand>(args: &[V], caller: &mut dyn MethodCaller<V>) -> Vec<u8> {
    let mut p = Printer::new(caller);
    p.do_println(args);
    p.into_bytes()
}

/// Go's `Sprintf`.
pub fn sprintf<V: Operand>(format: &[u8], args: &[V], caller: &mut dyn MethodCaller<V>) -> Vec<u8> {
    let mut p = Printer::new(caller);
    p.do_printf(format, args);
    p.into_bytes()
}

/// What `Errorf` builds: the message and which arguments it wraps
/// (`Wrapped::One` → Go's `*fmt.wrapError`, `Many` → `*fmt.wrapErrors`,
/// `None` → `*errors.errorString`). Wrapped arguments that are not errors
/// are dropped by the caller, as Go's type assertion does.
pub struct Errorf {
    pub message: Vec<u8>,
    pub wrapped: Wrapped,
}

/// Go's `Errorf`.
pub fn errorf<V: Operand>(format: &[u8], args: &[V], caller: &mut dyn MethodCaller<V>) -> Errorf {
    let mut p = Printer::for_errorf(caller);
    p.do_printf(format, args);
    let wrapped = p.wrapped();
    Errorf { message: p.into_bytes(), wrapped }
}

#[cfg(test)]
mod tests;
