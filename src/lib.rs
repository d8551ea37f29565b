//! The `minigo` library: the embedding API (compile and run minigo source from
//! Rust) and the one place diagnostics are rendered (`render`, with ariadne).
//! Must not know the internals of the stages: it calls each stage's entry point.

pub mod render;

pub use minigo_grammar::{Diagnostic, Span};

/// The result of reading one source file from disk: its text, or the
/// diagnostics that made it unreadable as UTF-8 Go source.
pub fn load_source(path: &std::path::Path) -> std::io::Result<(String, Vec<Diagnostic>)> {
    let bytes = std::fs::read(path)?;
    Ok(minigo_grammar::decode_source(&bytes))
}

/// Lexes and parses `src`: the diagnostics of `minigo check --syntax`.
pub fn check_syntax(src: &str) -> Vec<Diagnostic> {
    minigo_grammar::parse_file(src).1
}

/// Every diagnostic of `minigo check`: the syntax errors if there are any
/// (as Go, types are not checked then), else the type errors.
pub fn check_source(src: &str) -> Vec<Diagnostic> {
    let (file, syntax) = minigo_grammar::parse_file(src);
    if !syntax.is_empty() {
        return syntax;
    }
    minigo_compiler::check_file(&file).1
}
