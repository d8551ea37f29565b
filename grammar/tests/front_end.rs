//! Front-end behaviour through the public entry points: API files, expression
//! ids, doc comments, the REPL's `is_incomplete`, source decoding, nesting
//! limits, and robustness (every prefix of every test program parses
//! without panicking).

use minigo_grammar::ast::{Decl, ExprKind, StmtKind};
use minigo_grammar::{decode_source, is_incomplete, parse_api_file, parse_file};

fn messages(src: &str) -> Vec<String> {
    parse_file(src).1.into_iter().map(|d| d.message).collect()
}

#[test]
fn bodyless_functions_are_for_api_files_only() {
    let src = "package fmt\n\nfunc Println(a ...any) (n int, err error)\n";
    let (file, diagnostics) = parse_api_file(src);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let Decl::Func(f) = &file.decls[0] else { panic!("a func") };
    assert!(f.body.is_none());
    assert_eq!(messages(src), ["minigo does not support function declarations without bodies"]);
}

#[test]
fn expression_ids_are_dense_and_unique() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/parse/exprs.mg")).unwrap();
    let (file, diagnostics) = parse_file(&src);
    assert!(diagnostics.is_empty());
    let mut seen = vec![false; file.expr_count as usize];
    let mut count = 0;
    visit_exprs(&file, &mut |id| {
        assert!(!seen[id as usize], "id {id} used twice");
        seen[id as usize] = true;
        count += 1;
    });
    let missing: Vec<usize> = seen.iter().enumerate().filter(|(_, s)| !**s).map(|(i, _)| i).collect();
    assert!(missing.is_empty(), "unused ids {missing:?} of {}", file.expr_count);
    assert_eq!(count, file.expr_count as usize);
}

/// Calls `f` with the id of every expression reachable from statements'
/// expressions in function bodies (enough for `exprs.mg`).
fn visit_exprs(file: &minigo_grammar::ast::File, f: &mut dyn FnMut(u32)) {
    fn expr(x: &minigo_grammar::ast::Expr, f: &mut dyn FnMut(u32)) {
        f(x.id.0);
        match &x.kind {
            ExprKind::CompositeLit { ty, elems, .. } => {
                ty.iter().for_each(|t| expr(t, f));
                for e in elems {
                    e.key.iter().for_each(|k| expr(k, f));
                    expr(&e.value, f);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                sig.params.iter().chain(&sig.results).for_each(|p| expr(&p.ty, f));
                body.stmts.iter().for_each(|s| stmt(s, f));
            }
            ExprKind::Paren(a) | ExprKind::Selector(a, _) | ExprKind::Star(a) | ExprKind::Unary(_, a) | ExprKind::SliceType(a) | ExprKind::ChanType(_, a) => expr(a, f),
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                expr(a, f);
                expr(b, f);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                expr(x, f);
                [lo, hi, max].into_iter().flatten().for_each(|e| expr(e, f));
            }
            ExprKind::TypeAssert(a, t) => {
                expr(a, f);
                t.iter().for_each(|t| expr(t, f));
            }
            ExprKind::Call { func, args, .. } => {
                expr(func, f);
                args.iter().for_each(|a| expr(a, f));
            }
            ExprKind::ArrayType { len, elem } => {
                len.iter().for_each(|l| expr(l, f));
                expr(elem, f);
            }
            ExprKind::FuncType(sig) => sig.params.iter().chain(&sig.results).for_each(|p| expr(&p.ty, f)),
            ExprKind::StructType(fields) => fields.iter().for_each(|fl| expr(&fl.ty, f)),
            _ => {}
        }
    }
    fn stmt(s: &minigo_grammar::ast::Stmt, f: &mut dyn FnMut(u32)) {
        match &s.kind {
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| expr(x, f)),
            StmtKind::Return(xs) => xs.iter().for_each(|x| expr(x, f)),
            _ => {}
        }
    }
    for decl in &file.decls {
        if let Decl::Func(func) = decl {
            func.body.iter().flat_map(|b| &b.stmts).for_each(|s| stmt(s, f));
        }
    }
}

#[test]
fn doc_comments_are_the_line_comments_directly_above() {
    let src = "package main\n\n// Lost.\n\n// Add adds.\n//\n//   Indented.\nfunc Add() {}\n\nx := 1 // Not a doc.\nfunc Sub() {}\n";
    let (file, _) = parse_file(src);
    let docs: Vec<Option<String>> =
        file.decls.iter().filter_map(|d| if let Decl::Func(f) = d { Some(f.doc.clone()) } else { None }).collect();
    assert_eq!(docs[0].as_deref(), Some("Add adds.\n\n  Indented."));
}

#[test]
fn incomplete_input_for_the_repl() {
    assert!(is_incomplete("func f() {"));
    assert!(is_incomplete("x := []int{1,\n2,"));
    assert!(is_incomplete("f(1,"));
    assert!(is_incomplete("s := `raw\nstring"));
    assert!(is_incomplete("/* open comment"));
    assert!(!is_incomplete("x := 1"));
    assert!(!is_incomplete("func f() {}"));
    assert!(!is_incomplete("x := \"a(\""));
    assert!(!is_incomplete("}"));
}

#[test]
fn invalid_utf8_becomes_replacement_characters_with_diagnostics() {
    let (text, diagnostics) = decode_source(b"package main\n// \xff\xfe\nvar s = \"\xc3\"\n");
    assert_eq!(text, "package main\n// \u{FFFD}\u{FFFD}\nvar s = \"\u{FFFD}\"\n");
    let found: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(found, ["invalid UTF-8 encoding"; 3]);
    assert_eq!(&text[diagnostics[0].span.range()], "\u{FFFD}");
}

#[test]
fn deep_nesting_is_a_diagnostic_not_a_crash() {
    let parens = format!("package main\nvar x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(messages(&parens), ["brackets nested too deeply (more than 256 levels)"]);
    let chain = format!("package main\nvar x = {}1\n", "1 + ".repeat(100_000));
    assert_eq!(messages(&chain), ["expression nested too deeply (more than 1024 levels)"]);
    let unary = format!("package main\nvar x = {}1\n", "!".repeat(100_000));
    assert_eq!(messages(&unary), ["expression nested too deeply (more than 1024 levels)"]);
}

#[test]
fn every_prefix_of_every_test_program_parses_without_panicking() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/parse");
    for entry in std::fs::read_dir(dir).unwrap() {
        let src = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (end, _) in src.char_indices().step_by(7) {
            let _ = parse_file(&src[..end]);
        }
    }
}

#[test]
fn crlf_sources_parse_like_lf_sources() {
    let lf = "package main\n\n// Doc.\nfunc main() {\n\tx := `a\nb`\n\t_ = x\n}\n";
    let crlf = lf.replace('\n', "\r\n");
    let (a, da) = parse_file(lf);
    let (b, db) = parse_file(&crlf);
    assert!(da.is_empty() && db.is_empty());
    assert_eq!(minigo_grammar::dump(&a), minigo_grammar::dump(&b));
}

#[test]
fn invalid_bytes_in_strings_are_dumped_escaped() {
    let (file, diagnostics) = parse_file("package main\n\nvar s = \"\\xff\\x41\"\n");
    assert!(diagnostics.is_empty());
    assert!(minigo_grammar::dump(&file).contains(r#"String "\xffA""#));
}
