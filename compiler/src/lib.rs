//! minigo's middle: resolves names, type-checks Go's static semantics and lowers
//! the checked program to the vm's bytecode. Must not know how the VM runs it.
//!
//! Entry point of the checker: `check_file` (see `info.rs` for its output).

pub mod bigint;
pub mod rat;
pub mod check;
pub mod constant;
pub mod resolve;
pub mod session;
pub mod universe;
pub mod info;
pub mod lower;
pub mod types;

pub use check::{check_file, check_file_with};
pub use info::{CheckOptions, Checked};
pub use lower::compile;
