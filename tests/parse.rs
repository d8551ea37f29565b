//! AST snapshots: every `tests/parse/*.mg` program is parsed and its tree
//! dumped (`minigo_grammar::dump`), with any diagnostics first. The
//! programs are valid Go syntax (checked with gofmt) covering every syntax
//! form of LANGUAGE.md; their first-line comment says what each checks.

use std::path::Path;

fn description(src: &str) -> String {
    src.lines().next().and_then(|l| l.strip_prefix("//")).unwrap_or("").trim().to_string()
}

fn check_parse(path: &Path) {
    let src = std::fs::read_to_string(path).expect("readable test program");
    let (file, diagnostics) = minigo_grammar::parse_file(&src);
    let lines = minigo_grammar::LineIndex::new(&src);
    let mut out = String::new();
    for d in &diagnostics {
        let (line, col) = lines.line_col(d.span.start);
        out.push_str(&format!("error {line}:{col}: {}\n", d.message));
    }
    out.push_str(&minigo_grammar::dump(&file));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/parse");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(description(&src));
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(out));
}

#[test]
fn parse_snapshots() {
    insta::glob!("parse/*.mg", |path| check_parse(path));
}
