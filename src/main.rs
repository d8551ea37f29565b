//! The `minigo` command line (clap): `run`, `repl`, `check`, `disasm`.
//! Owns argument parsing, exit codes and where output goes. Must not know the
//! stages' internals: it calls the `minigo` library.

use clap::{Parser, Subcommand, ValueEnum};
use minigo::render::{render_diagnostics, ColorChoice};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "minigo", version, about = "A Go-subset interpreter with Go's exact defer, panic, recover and Goexit semantics")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Copy, Clone, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program: `minigo run FILE [ARGS...]` (stdout, stderr and exit code as Go's).
    Run {
        /// Explain defer/panic/recover/Goexit: one line per event on stderr.
        #[arg(long)]
        trace: bool,
        /// Seed of the pseudo-random choice among ready `select` cases (default 0:
        /// every run of a program makes the same choices).
        #[arg(long, default_value_t = 0)]
        seed: u64,
        file: PathBuf,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Check programs and print their diagnostics (exit 1 if there are any).
    Check {
        /// Lex and parse only; skip type checking.
        #[arg(long)]
        syntax: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the bytecode listing of a program, function by function.
    Disasm { file: PathBuf },
    /// Start an interactive session (also what `minigo` alone does).
    Repl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Auto => ColorChoice::Auto,
        Color::Always => ColorChoice::Always,
        Color::Never => ColorChoice::Never,
    }
    .enabled();
    match cli.command {
        Some(Command::Check { syntax, files }) => check(&files, syntax, color),
        Some(Command::Run { trace, seed, file, args }) => run(&file, args, trace, seed, color),
        Some(Command::Disasm { file }) => disasm(&file, color),
        Some(Command::Repl) | None => ExitCode::from((minigo::repl::run(color) & 0xff) as u8),
    }
}

/// `minigo check [--syntax] FILE...`: diagnostics to stderr, exit 1 if any.
fn check(files: &[PathBuf], syntax_only: bool, color: bool) -> ExitCode {
    let mut failed = 0usize;
    for path in files {
        let shown = path.display().to_string();
        let (src, mut diags) = match minigo::load_source(path) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("minigo: {shown}: {e}");
                failed += 1;
                continue;
            }
        };
        if diags.is_empty() {
            diags = if syntax_only { minigo::check_syntax(&src) } else { minigo::check_source(&src) };
        }
        if !diags.is_empty() {
            failed += 1;
            eprint!("{}", render_diagnostics(&shown, &src, &diags, color));
        }
    }
    if files.len() > 1 {
        eprintln!("{} files checked: {} clean, {} with errors", files.len(), files.len() - failed, failed);
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads and compiles one program; on failure prints the diagnostics and
/// gives the exit code (1, as `go run` does for compile errors).
fn compile(path: &std::path::Path, color: bool) -> Result<minigo_vm::bytecode::Module, ExitCode> {
    let shown = path.display().to_string();
    let (src, diags) = match minigo::load_source(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("minigo: {shown}: {e}");
            return Err(ExitCode::from(1));
        }
    };
    if !diags.is_empty() {
        eprint!("{}", render_diagnostics(&shown, &src, &diags, color));
        return Err(ExitCode::from(1));
    }
    minigo::compile_source(&src, &shown).map_err(|diags| {
        eprint!("{}", render_diagnostics(&shown, &src, &diags, color));
        ExitCode::from(1)
    })
}

/// `minigo run [--trace] [--seed N] FILE [ARGS...]`: the program's own exit
/// code; `os.Args` is `[FILE, ARGS...]`.
fn run(path: &std::path::Path, args: Vec<String>, trace: bool, seed: u64, color: bool) -> ExitCode {
    let module = match compile(path, color) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let mut os_args = vec![path.display().to_string()];
    os_args.extend(args);
    let options = minigo::VmOptions { args: os_args, trace_unwind: trace, seed };
    match minigo::run_module_with(module, options) {
        Ok(code) => ExitCode::from((code & 0xff) as u8),
        Err(e) => {
            eprintln!("minigo: {e}");
            ExitCode::from(2)
        }
    }
}

/// `minigo disasm FILE`: the bytecode listing on stdout.
fn disasm(path: &std::path::Path, color: bool) -> ExitCode {
    match compile(path, color) {
        Ok(module) => {
            print!("{}", minigo::disassemble(&module));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
