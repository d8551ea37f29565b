//! The front end's diagnostics for the lexer, syntax and "does not
//! support" programs of `tests/errors/` (files named `lex_*`, `syntax_*`,
//! `unsupported_*`): `line:col: message` per diagnostic, as `minigo check`
//! would report them before rendering. Wording and positions were checked
//! against `go build` (go-oracle). The lead's `tests/errors.rs` renders the
//! same files with ariadne.

use std::path::Path;

fn description(src: &str) -> String {
    src.lines().next().and_then(|l| l.strip_prefix("//")).unwrap_or("").trim().to_string()
}

fn check_diagnostics(path: &Path) {
    let bytes = std::fs::read(path).expect("readable test program");
    let (src, mut diagnostics) = minigo_grammar::decode_source(&bytes);
    let (_file, more) = minigo_grammar::parse_file(&src);
    diagnostics.extend(more);
    let lines = minigo_grammar::LineIndex::new(&src);
    let out: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let (line, col) = lines.line_col(d.span.start);
            format!("{line}:{col}: {}", d.message)
        })
        .collect();
    assert!(!out.is_empty(), "{} must be rejected", path.display());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/diagnostics");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(description(&src));
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(out.join("\n")));
}

#[test]
fn front_end_diagnostics() {
    insta::glob!("../../tests/errors", "{lex,syntax,unsupported}_*.mg", |path| check_diagnostics(path));
}
