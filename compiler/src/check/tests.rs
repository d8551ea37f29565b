//! Owns the checker's unit tests: each goes through `check_types`, which
//! parses and checks a program and prints its diagnostics (or `ok`).

use minigo_grammar::LineIndex;

/// Checks `src` and renders `line:col: message` per diagnostic (labels as
/// Go's indented `\tline:col: text` lines), or `ok`.
fn check_types(src: &str) -> String {
    let (file, parse_diags) = minigo_grammar::parse_file(src);
    let lines = LineIndex::new(src);
    let render = |d: &minigo_grammar::Diagnostic| {
        let (l, c) = lines.line_col(d.span.start);
        let mut out = format!("{l}:{c}: {}", d.message);
        for label in &d.labels {
            let (l, c) = lines.line_col(label.span.start);
            out.push_str(&format!("\n\t{l}:{c}: {}", label.message));
        }
        out
    };
    if !parse_diags.is_empty() {
        return parse_diags.iter().map(render).collect::<Vec<_>>().join("\n");
    }
    let (_, diags) = super::check_file(&file);
    if diags.is_empty() {
        return "ok".into();
    }
    diags.iter().map(render).collect::<Vec<_>>().join("\n")
}

#[test]
fn hello() {
    insta::assert_snapshot!(check_types("package main\nfunc main() { x := 1; println(x) }\n"), @"ok");
}

/// Every corpus program is valid Go: the checker must accept it silently.
#[test]
fn corpus_programs_check_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut failures = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "mg") {
                let src = std::fs::read_to_string(&path).unwrap_or_default();
                let out = check_types(&src);
                if out != "ok" {
                    failures.push(format!("{}:\n{out}", path.display()));
                }
            }
        }
    }
    failures.sort();
    assert!(failures.is_empty(), "{} programs rejected:\n{}", failures.len(), failures.join("\n"));
}

/// The type-error programs of `tests/errors/type_*.mg`: each one's
/// diagnostics as `line:col: message`, compared with Go's own (go build).
#[test]
fn type_error_programs() {
    insta::glob!("../../../tests/errors", "type_*.mg", |path| {
        let src = std::fs::read_to_string(path).expect("readable test program");
        let description = src.lines().next().and_then(|l| l.strip_prefix("//")).unwrap_or("").trim().to_string();
        let mut settings = insta::Settings::clone_current();
        settings.set_description(description);
        settings.set_omit_expression(true);
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(check_types(&src)));
    });
}
