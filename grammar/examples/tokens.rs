//! Developer tool: `cargo run -p minigo-grammar --example tokens FILE`
//! prints the token stream the parser sees (after semicolon insertion).
fn main() {
    for arg in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&arg).expect("readable UTF-8 file");
        println!("{}", minigo_grammar::render_tokens(&src));
    }
}
