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
        Some(Command::Run { .. }) => not_built("run"),
        Some(Command::Disasm { .. }) => not_built("disasm"),
        Some(Command::Repl) | None => not_built("repl"),
    }
}

fn not_built(what: &str) -> ExitCode {
    eprintln!("minigo {what}: not built yet (see the project's issues)");
    ExitCode::from(2)
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
