//! The `minigo` command line: run, repl, check, disasm.
fn main() {}
