//! The `minigo` library: the embedding API (compile and run minigo source from
//! Rust) and the one place diagnostics are rendered (`render`, with ariadne).
//! Must not know the internals of the stages: it calls each stage's entry point.

pub mod render;
pub mod repl;

pub use minigo_grammar::{Diagnostic, Span};
pub use minigo_vm::VmOptions;

/// The result of reading one source file from disk: its text, or the
/// diagnostics that made it unreadable as UTF-8 Go source.
pub fn load_source(path: &std::path::Path) -> std::io::Result<(String, Vec<Diagnostic>)> {
    let bytes = std::fs::read(path)?;
    Ok(minigo_grammar::decode_source(&bytes))
}

/// Lexes and parses `src`: the diagnostics of `minigo check --syntax`.
pub fn check_syntax(src: &str) -> Vec<Diagnostic> {
    minigo_grammar::parse_file(src).1
}

/// Every diagnostic of `minigo check`: the syntax errors if there are any
/// (as Go, types are not checked then), else the type errors.
pub fn check_source(src: &str) -> Vec<Diagnostic> {
    let (file, syntax) = minigo_grammar::parse_file(src);
    if !syntax.is_empty() {
        return syntax;
    }
    minigo_compiler::check_file(&file).1
}

/// Parses, checks and lowers `src` to a bytecode module; `file_name` is what
/// tracebacks print. Any diagnostic (syntax, type, or "minigo does not
/// support") is returned instead.
pub fn compile_source(src: &str, file_name: &str) -> Result<minigo_vm::bytecode::Module, Vec<Diagnostic>> {
    let (file, diags) = minigo_grammar::parse_file(src);
    if !diags.is_empty() {
        return Err(diags);
    }
    let (checked, diags) = minigo_compiler::check_file(&file);
    if !diags.is_empty() {
        return Err(diags);
    }
    minigo_compiler::compile(&file, &checked, file_name, src)
}

/// Runs a compiled module with the stdlib natives, writing to the process's
/// stdout/stderr; `args` is `os.Args`. Returns the program's exit code.
pub fn run_module(module: minigo_vm::bytecode::Module, args: Vec<String>) -> Result<i32, String> {
    run_module_with(module, minigo_vm::VmOptions { args, ..minigo_vm::VmOptions::default() })
}

/// `run_module` with every knob of `VmOptions`: `args` is `os.Args`;
/// `trace_unwind: true` is `minigo run --trace` (one stderr line per
/// defer/panic/recover/Goexit event).
pub fn run_module_with(module: minigo_vm::bytecode::Module, options: minigo_vm::VmOptions) -> Result<i32, String> {
    let mut registry = minigo_vm::NativeRegistry::new();
    minigo_stdlib::register_natives(&mut registry);
    let mut vm = minigo_vm::Vm::new(module, &registry, minigo_vm::Output::stdio(), options).map_err(|e| e.to_string())?;
    Ok(vm.run())
}

/// The bytecode listing of a compiled module (`minigo disasm`).
pub fn disassemble(module: &minigo_vm::bytecode::Module) -> String {
    minigo_vm::bytecode::disasm::disassemble_module(module)
}
