//! Owns the diagnostic snapshot suite: each `tests/errors/*.mg` is a program
//! minigo must reject; its snapshot is the ariadne rendering (no colour), as
//! `minigo check` prints it.

mod common;

#[test]
fn errors() {
    insta::glob!("errors/*.mg", |path| {
        let bytes = std::fs::read(path).unwrap();
        let (src, mut diags) = minigo_grammar::decode_source(&bytes);
        if diags.is_empty() {
            diags = minigo::check_source(&src);
        }
        let name = common::file_name(path);
        assert!(!diags.is_empty(), "{name}: minigo accepted a program it must reject");
        let rendered = minigo::render::render_diagnostics(&name, &src, &diags, false);
        common::settings("errors", &src).bind(|| insta::assert_snapshot!(rendered));
    });
}
