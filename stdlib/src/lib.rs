//! minigo's standard library: each Go package of LANGUAGE.md, its API declared in
//! Go syntax (`<pkg>.mg`, read by the checker like user code) and its native
//! implementation (registered by name with the vm). Must not know the parser.
//!
//! The engines (`utf8`, `strconv`, `fmt`, `strings`, `math`, `sort`, `errors`)
//! are pure Rust over bytes and numbers, so they are testable without the vm.

pub mod fmt;
pub mod glue;
pub mod math;
mod natives;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod time;
pub mod unicode;
pub mod utf8;

pub use natives::{panic_value_text, register_natives};

#[cfg(test)]
mod golden;
