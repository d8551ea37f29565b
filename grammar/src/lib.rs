//! minigo's front end: source text in, AST and syntax diagnostics out.
//! Owns tokens, semicolon insertion, the lalrpop grammar, the AST and spans.
//! Must not know types, scopes or bytecode.

pub mod ast;
pub mod diagnostic;
pub mod span;

pub use diagnostic::{Diagnostic, Label, Severity};
pub use span::{LineIndex, Span};
