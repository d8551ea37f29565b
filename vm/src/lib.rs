//! minigo's virtual machine: instruction set, values, heap and GC, goroutines,
//! scheduler, channels, defer/panic/recover/Goexit and crash output.
//! Must not know source syntax: bytecode carries its own file name and line table.
//!
//! Entry points: build a `bytecode::Module`, register natives in a
//! `native::NativeRegistry`, then `Vm::new(module, &registry, output)?.run()`
//! returns the process exit code.

pub mod asm;
pub mod builder;
pub mod builtins;
pub mod bytecode;
pub mod chan;
pub mod equal;
pub mod fmtfloat;
pub mod fmtint;
mod gc;
pub mod goroutine;
pub mod heap;
pub mod host;
pub mod interp;
pub mod map;
pub mod native;
pub(crate) mod ops;
pub mod output;
pub mod runtime_error;
mod sched;
mod trace;
pub mod session;
mod traceback;
mod unwind;
pub mod value;
pub mod verify;
pub mod zero;
mod vm;

pub use interp::SliceEnd;
pub use host::{Errno, Host, HostResult, IoPoll, OsHost};
pub use native::{CallOutcome, NativeCtx, NativeFn, NativeRegistry, NativeResume, NativeStep, Values, WaitReason, Wake};
pub use output::{Output, SharedBuf};
pub use value::{IfaceRef, ObjRef, PtrRef, StrRef, Value};
pub use session::{Background, InputEnd};
pub use vm::{LoadError, Vm, VmOptions};

#[cfg(test)]
mod tests;
