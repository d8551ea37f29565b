//! Developer tool: `cargo run -p minigo-grammar --example parse FILE...`
//! prints each file's diagnostics (and its AST dump with `--dump`).
fn main() {
    let mut show_dump = false;
    for arg in std::env::args().skip(1) {
        if arg == "--dump" {
            show_dump = true;
            continue;
        }
        let bytes = std::fs::read(&arg).expect("readable file");
        let (src, mut diagnostics) = minigo_grammar::decode_source(&bytes);
        let (file, more) = minigo_grammar::parse_file(&src);
        diagnostics.extend(more);
        let lines = minigo_grammar::LineIndex::new(&src);
        for d in &diagnostics {
            let (line, col) = lines.line_col(d.span.start);
            println!("{arg}:{line}:{col}: {}", d.message);
        }
        if show_dump {
            print!("{}", minigo_grammar::dump(&file));
        }
    }
}
