//! Owns the REPL session (`minigo` / `minigo repl`): one long-lived VM and
//! one incremental compiler session; each input is compiled once and run
//! once — earlier inputs are never re-executed. An input's statements run as
//! goroutine 1; goroutines it starts stay alive and keep running between
//! inputs: interactively while the prompt waits (`live`), scripted until
//! none is runnable before the next input is read (at most
//! `SCRIPTED_SLICES` slices, so a goroutine that never blocks cannot hang
//! the session; sleepers are not waited for). A panic, a fatal
//! error, a deadlock or Ctrl-C ends only the current input; `os.Exit` ends the
//! session with its code.
//! Must not know the stages' internals: it uses the compiler's `session` and
//! the VM's `extend`/`run_input` entry points.
//!
//! Submodules: `input` (splitting an input, the file it becomes), `program`
//! (the session as one Go program: `:print`, `:write`), `commands` (`:help`
//! and the others), `editor` (rustyline: prompts, history, completion),
//! `live` (the interactive session's reader thread and output above the prompt).

mod commands;
mod editor;
mod input;
mod live;
mod program;

use crate::render::render_diagnostics;
use input::{ChunkKind, Echo};
use minigo_compiler::session::Session;
use minigo_grammar::{ast, Diagnostic};
use minigo_vm::{Background, InputEnd, NativeRegistry, Output, Vm, VmOptions};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::rc::Rc;
use std::sync::Arc;

/// The name tracebacks give the session's code, and diagnostics the input.
const FILE_NAME: &str = "repl";
const INPUT_NAME: &str = "input";

/// Scripted sessions: the most scheduling slices (each at most 20,000 calls
/// and backward jumps) run between two inputs.
const SCRIPTED_SLICES: u32 = 100;

/// What the driver does after an input or command.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Next {
    Continue,
    /// Leave the session with this exit code.
    Exit(i32),
}

impl Next {
    /// `then()` unless this is already an exit.
    fn and(self, then: impl FnOnce() -> Next) -> Next {
        match self {
            Next::Continue => then(),
            exit => exit,
        }
    }
}

/// A REPL session.
pub struct Repl {
    session: Session,
    vm: Vm,
    registry: NativeRegistry,
    /// Raised by Ctrl-C (SIGINT) while an input runs.
    interrupt: Arc<AtomicBool>,
    /// Inputs compiled so far (numbers the entry functions).
    inputs: usize,
    log: program::SessionLog,
    color: bool,
    trace: bool,
    /// Makes the VM's stdout and stderr (again after `:reset`).
    output: Rc<dyn Fn() -> Output>,
}

/// Runs the REPL on the terminal, or on piped stdin when it is not one
/// (inputs read with the same multi-line rules, no prompts). Returns the
/// exit code.
pub fn run(color: bool) -> i32 {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        live::interactive(color)
    } else {
        scripted(&mut Repl::new(color), std::io::stdin().lock())
    }
}

/// Reads inputs from `reader` until EOF: a line starting with `:` is a
/// command; other lines accumulate until the brackets, braces and raw
/// strings are closed. After each input or command the other goroutines
/// run until none is runnable (see `SCRIPTED_SLICES`).
pub fn scripted(repl: &mut Repl, reader: impl std::io::BufRead) -> i32 {
    let mut pending = String::new();
    for line in reader.lines() {
        let Ok(line) = line else { break };
        if pending.is_empty() && line.trim_start().starts_with(':') {
            if let Next::Exit(code) = repl.command(line.trim()).and(|| repl.settle()) {
                return code;
            }
            continue;
        }
        pending.push_str(&line);
        pending.push('\n');
        if input::needs_more(&pending) {
            continue;
        }
        let text = std::mem::take(&mut pending);
        if let Next::Exit(code) = repl.eval(&text).and(|| repl.settle()) {
            return code;
        }
    }
    if !pending.trim().is_empty() {
        if let Next::Exit(code) = repl.eval(&pending) {
            return code;
        }
    }
    0
}

fn new_vm(output: Output) -> (Vm, NativeRegistry) {
    let mut registry = NativeRegistry::new();
    minigo_stdlib::register_natives(&mut registry);
    let module = Session::empty_module(FILE_NAME);
    let options = VmOptions { args: vec![FILE_NAME.to_string()], ..VmOptions::default() };
    let vm = Vm::new(module, &registry, output, options).expect("the empty module loads");
    (vm, registry)
}

impl Repl {
    /// A session writing to the process's stdout and stderr.
    pub fn new(color: bool) -> Repl {
        Repl::with_output(color, Rc::new(Output::stdio))
    }

    /// A session whose programs write to the outputs `output` makes.
    pub fn with_output(color: bool, output: Rc<dyn Fn() -> Output>) -> Repl {
        let (vm, registry) = new_vm(output());
        Repl { session: Session::new(), vm, registry, interrupt: Arc::new(AtomicBool::new(false)), inputs: 0, log: program::SessionLog::default(), color, trace: false, output }
    }

    /// Forgets every name, value and goroutine of the session.
    pub fn reset(&mut self) {
        let (vm, registry) = new_vm((self.output)());
        self.vm = vm;
        self.registry = registry;
        self.session = Session::new();
        self.log = program::SessionLog::default();
        self.vm.set_trace_unwind(self.trace);
    }

    /// Runs the goroutines earlier inputs left for at most `max_slices` slices.
    pub fn run_background(&mut self, max_slices: u32) -> Background {
        self.vm.run_background(max_slices)
    }

    /// Scripted sessions: runs the other goroutines until none is runnable
    /// (at most `SCRIPTED_SLICES` slices).
    fn settle(&mut self) -> Next {
        match self.run_background(SCRIPTED_SLICES) {
            Background::Exit(code) => Next::Exit(code),
            Background::Busy | Background::Idle(_) => Next::Continue,
        }
    }

    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// The session's names (for completion).
    pub fn names(&self) -> Vec<String> {
        self.session.names().into_iter().map(|n| n.name).collect()
    }

    /// `x.field` and `x.Method` of the session's variables (for completion).
    pub fn selectors(&self) -> Vec<String> {
        self.session.selectors()
    }

    fn report(&self, src: &str, diags: &[Diagnostic]) {
        let _ = std::io::stdout().flush();
        eprint!("{}", render_diagnostics(INPUT_NAME, src, diags, self.color));
    }

    /// Compiles and runs one input (imports, declarations, statements, or an
    /// expression whose value is echoed with its type).
    pub fn eval(&mut self, text: &str) -> Next {
        let chunks = input::split(text);
        if chunks.is_empty() {
            return Next::Continue;
        }
        let mut imports: Vec<(Option<String>, String)> = Vec::new();
        for c in chunks.iter().filter(|c| c.kind == ChunkKind::Import) {
            let (file, diags) = minigo_grammar::parse_file(&format!("package main\n{}", &text[c.start..c.end]));
            if !diags.is_empty() {
                let diags: Vec<Diagnostic> = diags.into_iter().map(|d| shift(d, c.start, "package main\n".len())).collect();
                self.report(text, &diags);
                return Next::Continue;
            }
            imports.extend(file.imports.iter().map(|i| (i.name.as_ref().map(|n| n.name.clone()), i.path.clone())));
        }
        let session = &self.session;
        let named_here = |n: &str| imports.iter().any(|(name, path)| name.as_deref().unwrap_or(path.rsplit('/').next().unwrap_or(path)) == n);
        let autos = input::auto_imports(text, &|n| session.names().iter().any(|s| s.name == n) || named_here(n));
        imports.extend(autos.iter().map(|p| (None, p.to_string())));
        let clauses: Vec<String> = imports.iter().map(|(n, p)| format!("import {} {p:?}", n.as_deref().unwrap_or(""))).collect();
        self.inputs += 1;
        let entry = input::entry_name(self.inputs);
        let synth = input::synthesize(text, &chunks, &clauses, &entry, None);
        let (file, diags) = synth.parse();
        let last_stmt = chunks.iter().rfind(|c| c.kind == ChunkKind::Stmt);
        // An input ending in a list of expressions (`v, ok`) echoes each.
        let list = match (diags.is_empty(), last_stmt) {
            (false, Some(c)) if c.define_at.is_none() => self.list_types(&text[c.start..c.end], &clauses),
            _ => None,
        };
        if !diags.is_empty() && list.is_none() {
            let diags: Vec<Diagnostic> = diags.into_iter().map(|d| synth.map_diagnostic(d)).collect();
            self.report(text, &diags);
            return Next::Continue;
        }
        // An input ending in an expression statement echoes its value and type.
        let mut echo_types: Option<Vec<String>> = list;
        if let Some(last) = last_stmt.filter(|c| echo_types.is_none() && ends_in_expr(&file, &entry) && !is_print_call(&text[c.start..c.end])) {
            let _ = last;
            match self.session.expr_types(&file, &entry) {
                Ok(types) => echo_types = types,
                Err(diags) => {
                    let diags: Vec<Diagnostic> = diags.into_iter().map(|d| synth.map_diagnostic(d)).collect();
                    self.report(text, &diags);
                    return Next::Continue;
                }
            }
        }
        let (synth, file) = match &echo_types {
            Some(types) if !types.is_empty() => {
                let chunk = last_stmt.expect("an echo has a statement");
                let s = input::synthesize(text, &chunks, &clauses, &entry, Some(Echo { chunk, types }));
                let f = s.parse().0;
                (s, f)
            }
            _ => (synth, file),
        };
        let base = self.vm.module().clone();
        let first_new = base.funcs.len();
        let mut lowered = match self.session.compile(&file, &synth.source, &entry, base) {
            Ok(l) => l,
            Err(diags) => {
                let diags: Vec<Diagnostic> = diags.into_iter().map(|d| synth.map_diagnostic(d)).collect();
                self.report(text, &diags);
                return Next::Continue;
            }
        };
        for f in &mut lowered.module.funcs[first_new..] {
            f.lines.iter_mut().for_each(|l| *l = synth.input_line(*l));
            f.decl_line = synth.input_line(f.decl_line);
        }
        if let Err(e) = self.vm.extend(lowered.module, &self.registry) {
            let _ = std::io::stdout().flush();
            eprintln!("minigo: {e}");
            return Next::Continue;
        }
        let mut end = self.run(lowered.init);
        if let (InputEnd::Finished, Some(entry)) = (end, lowered.entry) {
            end = self.run(entry);
        }
        if end == InputEnd::Finished {
            let echoed = echo_types.as_deref().filter(|t| !t.is_empty()).and(last_stmt);
            self.log.record(text, &chunks, &imports, echoed, &self.session);
            self.session.input_kept();
        }
        match end {
            InputEnd::Exit(code) => Next::Exit(code),
            _ => Next::Continue,
        }
    }

    /// The types of `a, b, …` (two or more expressions of one value each,
    /// checked on their own), or `None`.
    fn list_types(&self, stmt: &str, clauses: &[String]) -> Option<Vec<String>> {
        let parts = input::split_list(stmt)?;
        let entry = "__minigo_list";
        parts
            .iter()
            .map(|part| {
                let synth = input::synthesize(part, &input::split(part), clauses, entry, None);
                let (file, diags) = synth.parse();
                match self.session.expr_types(&file, entry) {
                    Ok(Some(types)) if diags.is_empty() && types.len() == 1 => types.into_iter().next(),
                    _ => None,
                }
            })
            .collect()
    }

    fn run(&mut self, func: minigo_vm::bytecode::FuncIdx) -> InputEnd {
        self.interrupt.store(false, Ordering::SeqCst);
        let end = self.vm.run_input(func, &self.interrupt);
        if end == InputEnd::Interrupted {
            let _ = std::io::stdout().flush();
            // The terminal echoed `^C` without a newline.
            eprintln!("\ninterrupted");
        }
        end
    }

    /// A `:command` line.
    pub fn command(&mut self, line: &str) -> Next {
        commands::run(self, line)
    }
}

/// The entry function's body ends in an expression statement.
fn ends_in_expr(file: &ast::File, entry: &str) -> bool {
    file.decls.iter().any(|d| match d {
        ast::Decl::Func(fd) if fd.recv.is_none() && fd.name.name == entry => {
            fd.body.as_ref().and_then(|b| b.stmts.last()).is_some_and(|s| matches!(s.kind, ast::StmtKind::Expr(_)))
        }
        _ => false,
    })
}

/// `fmt.Println(…)` and its kin print already: their results are not echoed.
fn is_print_call(stmt: &str) -> bool {
    ["fmt.Print", "fmt.Fprint"].iter().any(|p| stmt.trim_start().starts_with(p))
}

/// A diagnostic of a text that was `prefix` bytes longer and began at `at` in the input.
fn shift(mut d: Diagnostic, at: usize, prefix: usize) -> Diagnostic {
    let f = |o: u32| (o as usize).saturating_sub(prefix) + at;
    d.span = minigo_grammar::Span::new(f(d.span.start), f(d.span.end));
    for l in &mut d.labels {
        l.span = minigo_grammar::Span::new(f(l.span.start), f(l.span.end));
    }
    d
}
