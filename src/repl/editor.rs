//! Owns the interactive terminal: rustyline line editing with the `mg> `
//! prompt and the `..> ` continuation prompt while brackets, braces or a raw
//! string are open; a multi-line entry becomes one history entry (recalled
//! as one unit); history in `$HOME/.minigo_history` (silently skipped when
//! it cannot be read or written); bracketed paste; Ctrl-C cancels the entry
//! being typed or interrupts a running input (SIGINT raises the session's
//! interrupt flag); Ctrl-D leaves; Tab completes keywords, package names,
//! package members and the session's names.
//! Must not know how inputs are compiled or run.

use super::{Next, Repl};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Context, Editor, Helper, Highlighter, Hinter, Validator};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const PROMPT: &str = "mg> ";
const CONTINUATION: &str = "..> ";

const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
];
const PREDECLARED: &[&str] = &[
    "append", "bool", "byte", "cap", "clear", "close", "copy", "delete", "error", "false", "float32", "float64", "int", "int16", "int32", "int64", "int8", "len", "make", "max", "min", "new", "nil", "panic", "print", "println", "recover", "rune", "string", "true", "uint", "uint16", "uint32", "uint64", "uint8", "uintptr", "any",
];

/// Tab completion over a snapshot of the session's names.
#[derive(Helper, Highlighter, Hinter, Validator)]
struct GoHelper {
    names: Rc<RefCell<Vec<String>>>,
}

impl Completer for GoHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':')).map_or(0, |i| i + 1);
        let word = &before[start..];
        Ok((start, candidates(word, &self.names.borrow())))
    }
}

/// Completions of `word`: `:commands`, `pkg.Member`, or names.
fn candidates(word: &str, session: &[String]) -> Vec<Pair> {
    let pair = |s: String| Pair { display: s.clone(), replacement: s };
    if let Some(cmd) = word.strip_prefix(':') {
        return super::commands::COMMANDS.iter().filter(|(n, _, _)| n.starts_with(cmd)).map(|(n, _, _)| pair(format!(":{n}"))).collect();
    }
    if let Some((pkg, member)) = word.rsplit_once('.') {
        let path = minigo_stdlib::api::package_paths().iter().find(|p| p.rsplit('/').next() == Some(pkg));
        let Some(src) = path.and_then(|p| minigo_stdlib::api::package_api(p)) else { return Vec::new() };
        return super::commands::exported_names(src).into_iter().filter(|n| n.starts_with(member)).map(|n| pair(format!("{pkg}.{n}"))).collect();
    }
    let packages = minigo_stdlib::api::package_paths().iter().map(|p| p.rsplit('/').next().unwrap_or(p));
    let mut out: Vec<String> = KEYWORDS.iter().chain(PREDECLARED).copied().chain(packages).map(String::from).chain(session.iter().cloned()).filter(|n| n.starts_with(word)).collect();
    out.sort();
    out.dedup();
    out.into_iter().map(pair).collect()
}

static SIGINT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    SIGINT.store(true, Ordering::SeqCst);
}

/// Forwards SIGINT to the session's interrupt flag while an input runs.
fn watch_interrupts(flag: Arc<AtomicBool>) {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
    std::thread::spawn(move || loop {
        if SIGINT.swap(false, Ordering::SeqCst) {
            flag.store(true, Ordering::SeqCst);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    });
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minigo_history"))
}

/// The interactive loop; returns the exit code.
pub fn interactive(repl: &mut Repl) -> i32 {
    let config = Config::builder().auto_add_history(false).bracketed_paste(true).max_history_size(1000).map(|b| b.build()).unwrap_or_default();
    let Ok(mut editor) = Editor::<GoHelper, DefaultHistory>::with_config(config) else {
        return super::scripted(repl, std::io::stdin().lock());
    };
    let names = Rc::new(RefCell::new(repl.names()));
    editor.set_helper(Some(GoHelper { names: names.clone() }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    watch_interrupts(repl.interrupt_flag());
    println!("minigo {} — Go statements, declarations and expressions; :help for commands, Ctrl-D to leave", env!("CARGO_PKG_VERSION"));
    let mut pending = String::new();
    loop {
        let prompt = if pending.is_empty() { PROMPT } else { CONTINUATION };
        match editor.readline(prompt) {
            Ok(line) => {
                if pending.is_empty() && line.trim_start().starts_with(':') {
                    remember(&mut editor, &line, &history);
                    if let Next::Exit(code) = repl.command(line.trim()) {
                        return code;
                    }
                    *names.borrow_mut() = repl.names();
                    continue;
                }
                pending.push_str(&line);
                pending.push('\n');
                if super::input::needs_more(&pending) {
                    continue;
                }
                let text = std::mem::take(&mut pending);
                if text.trim().is_empty() {
                    continue;
                }
                remember(&mut editor, text.trim_end(), &history);
                let next = repl.eval(&text);
                *names.borrow_mut() = repl.names();
                if let Next::Exit(code) = next {
                    return code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                if !pending.is_empty() {
                    pending.clear();
                }
                println!("^C");
            }
            Err(ReadlineError::Eof) => {
                if pending.is_empty() {
                    return 0;
                }
                pending.clear();
            }
            Err(_) => return 0,
        }
    }
}

/// Adds an entry (possibly multi-line) to the history and saves it.
fn remember(editor: &mut Editor<GoHelper, DefaultHistory>, entry: &str, path: &Option<std::path::PathBuf>) {
    let _ = editor.add_history_entry(entry);
    if let Some(p) = path {
        let _ = editor.save_history(p);
    }
}
