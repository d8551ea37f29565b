//! Owns the type checker's entry points and its shared state (`Checker`):
//! Go's static semantics for the minigo subset, producing `Checked`.
//! Must not know bytecode.

use crate::info::{CheckOptions, Checked, FileInfo};
use crate::types::{TypeId, TypeTable};
use minigo_grammar::ast;
use minigo_grammar::Diagnostic;

/// Type-checks one `package main` file with the default options.
pub fn check_file(file: &ast::File) -> (Checked, Vec<Diagnostic>) {
    check_file_with(file, &CheckOptions::default())
}

/// Type-checks one file. Diagnostics are sorted by position; at most 10 type
/// errors are reported, as the Go compiler does.
pub fn check_file_with(file: &ast::File, _options: &CheckOptions) -> (Checked, Vec<Diagnostic>) {
    let main = FileInfo { pkg: "main".into(), types: vec![None; file.expr_count as usize], ..FileInfo::default() };
    let checked = Checked { types: TypeTable::new(), objects: Vec::new(), main, packages: Vec::new(), error_type: TypeId::INVALID };
    (checked, Vec::new())
}
