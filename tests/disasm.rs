//! Owns the bytecode listing snapshots: each `tests/disasm/*.mg` pins how one
//! lowering idea (arithmetic, loops, closures, defer, methods) compiles. The
//! snapshot is the program, then the listing of its own `main.*` functions
//! (`offset line op operands ; comment`). Each program is valid Go; its
//! output was checked with go-oracle when it was written.

mod common;

/// The source followed by the listing of the program's own functions.
fn listing(src: &str, name: &str) -> String {
    let module = match minigo::compile_source(src, name) {
        Ok(m) => m,
        Err(diags) => panic!("{name}: {}", diags.iter().map(|d| d.message.clone()).collect::<Vec<_>>().join("; ")),
    };
    let mut out = format!("{src}\n# Bytecode:\n");
    for f in module.funcs.iter().filter(|f| f.name.starts_with("main.")) {
        minigo_vm::bytecode::disasm::disassemble_func(&module, f, &mut out);
        out.push('\n');
    }
    out
}

#[test]
fn disasm() {
    insta::glob!("disasm/*.mg", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let text = listing(&src, &common::file_name(path));
        common::settings("disasm", &src).bind(|| insta::assert_snapshot!(text));
    });
}
