//! Runs lalrpop on `src/go.lalrpop` (the only build script of the workspace).
fn main() {
    lalrpop::process_src().expect("lalrpop failed to generate the parser");
}
