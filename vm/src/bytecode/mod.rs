//! Owns the bytecode the compiler produces and the VM runs: instruction set,
//! operand types, runtime type descriptors, module format and disassembler.
//! Must not know source syntax or the compiler.

pub mod disasm;
pub mod instr;
pub mod module;
pub mod operand;
pub mod types;

pub use instr::Instr;
pub use module::{Const, FuncProto, GlobalDesc, Module};
pub use operand::*;
pub use types::{ChanDir, FieldDesc, IfaceMethodDesc, MethodDesc, TypeDesc, TypeKind};
