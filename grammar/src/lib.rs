//! minigo's front end: source text in, AST and syntax diagnostics out.
//! Owns tokens, semicolon insertion, the lalrpop grammar, the AST and spans.
//! Must not know types, scopes or bytecode.
//!
//! Entry points: `parse_file` (user code), `parse_api_file` (stdlib API
//! files, where bodyless functions declare natives), `tokenize`,
//! `decode_source`, `is_incomplete` (REPL) and `dump` (AST snapshots).
//! Parsing never fails: it returns a best-effort `File` and diagnostics.

mod actions;
pub mod ast;
pub mod diagnostic;
mod dump;
pub mod lexer;
mod literal;
pub mod span;
mod syntax_error;
pub mod token;

#[allow(clippy::all, unused_parens, unused_imports, dead_code)]
mod go {
    include!(concat!(env!("OUT_DIR"), "/go.rs"));
}

pub use diagnostic::{Diagnostic, Label, Severity};
pub use dump::{dump, expr_source};
pub use lexer::{decode_source, is_incomplete, render_tokens, tokenize};
pub use span::{LineIndex, Span};

use actions::{Ctx, ParserState};
use lexer::{LineComment, Lexer};

/// Parses a user's source file. A function declared without a body gets
/// "minigo does not support function declarations without bodies".
pub fn parse_file(src: &str) -> (ast::File, Vec<Diagnostic>) {
    parse(src, false)
}

/// Parses a stdlib API file: bodyless function declarations are allowed.
pub fn parse_api_file(src: &str) -> (ast::File, Vec<Diagnostic>) {
    parse(src, true)
}

fn parse(src: &str, allow_bodyless: bool) -> (ast::File, Vec<Diagnostic>) {
    let state = ParserState::new(allow_bodyless, src);
    let mut lexer = Lexer::new(src).count_errors_in(&state.lexical_errors);
    let result = go::FileParser::new().parse(&state, lexer.by_ref());
    let mut diagnostics = lexer.take_diagnostics();
    let mut file = match result {
        Ok(file) => file,
        Err(error) => {
            state.report_parse_error(error, Ctx::TopLevel);
            empty_file(&state)
        }
    };
    file.lines = LineIndex::new(src);
    attach_docs(&mut file, &lexer.comments, src);
    diagnostics.extend(state.take_diagnostics());
    diagnostics.sort_by_key(|d| d.span.start);
    (file, diagnostics)
}

fn empty_file(state: &ParserState) -> ast::File {
    ast::File {
        package: ast::Ident { name: String::new(), span: Span::DUMMY },
        imports: Vec::new(),
        decls: Vec::new(),
        expr_count: state.expr_count(),
        lines: LineIndex::default(),
    }
}

/// Fills `FuncDecl::doc` with the `//` lines directly above each function.
fn attach_docs(file: &mut ast::File, comments: &[LineComment], src: &str) {
    if comments.is_empty() {
        return;
    }
    let lines = file.lines.clone();
    for decl in &mut file.decls {
        let ast::Decl::Func(func) = decl else { continue };
        let mut want_line = lines.line(func.span.start);
        let mut doc_lines = Vec::new();
        let end = comments.partition_point(|c| c.span.start < func.span.start);
        for comment in comments[..end].iter().rev() {
            let line = lines.line(comment.span.start);
            let alone = src[..comment.span.start as usize].rsplit('\n').next().is_some_and(|before| before.trim().is_empty());
            if line + 1 != want_line || !alone {
                break;
            }
            let text = comment.text.strip_suffix('\r').unwrap_or(&comment.text);
            doc_lines.push(text.strip_prefix(' ').unwrap_or(text).to_string());
            want_line = line;
        }
        if !doc_lines.is_empty() {
            doc_lines.reverse();
            func.doc = Some(doc_lines.join("\n"));
        }
    }
}
