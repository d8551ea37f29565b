//! Owns the interactive terminal: rustyline line editing with the `mg> `
//! prompt and the `..> ` continuation prompt while brackets, braces or a raw
//! string are open; a multi-line entry becomes one history entry (recalled
//! as one unit); history in `$HOME/.minigo_history` (silently skipped when
//! it cannot be read or written); bracketed paste; Ctrl-C cancels the entry
//! being typed or interrupts a running input (SIGINT raises the session's
//! interrupt flag); Ctrl-D leaves; Tab completes keywords, package names,
//! package members and the session's names. `LineEditor::read_entry` runs
//! on the session's reader thread (see `live`).
//! Must not know how inputs are compiled or run.

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Context, Editor, ExternalPrinter, Helper, Highlighter, Hinter, Validator};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

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
    names: Arc<Mutex<Vec<String>>>,
}

impl Completer for GoHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':')).map_or(0, |i| i + 1);
        let word = &before[start..];
        Ok((start, candidates(word, &self.names.lock().map(|n| n.clone()).unwrap_or_default())))
    }
}

/// Completions of `word`: `:commands`, `pkg.Member`, `x.field`/`x.Method`
/// (from `session`, which holds names and their `x.name` selectors), or names.
fn candidates(word: &str, session: &[String]) -> Vec<Pair> {
    let pair = |s: String| Pair { display: s.clone(), replacement: s };
    if let Some(cmd) = word.strip_prefix(':') {
        return super::commands::COMMANDS.iter().filter(|(n, _, _)| n.starts_with(cmd)).map(|(n, _, _)| pair(format!(":{n}"))).collect();
    }
    if let Some((pkg, member)) = word.rsplit_once('.') {
        let path = minigo_stdlib::api::package_paths().iter().find(|p| p.rsplit('/').next() == Some(pkg));
        let Some(src) = path.and_then(|p| minigo_stdlib::api::package_api(p)) else {
            // A session variable's fields and methods (`x.Name` entries of `session`).
            return session.iter().filter(|n| n.starts_with(word) && n.contains('.')).cloned().map(pair).collect();
        };
        return super::commands::exported_names(src).into_iter().filter(|n| n.starts_with(member)).map(|n| pair(format!("{pkg}.{n}"))).collect();
    }
    let packages = minigo_stdlib::api::package_paths().iter().map(|p| p.rsplit('/').next().unwrap_or(p));
    let mut out: Vec<String> = KEYWORDS.iter().chain(PREDECLARED).copied().chain(packages).map(String::from).chain(session.iter().filter(|n| !n.contains('.')).cloned()).filter(|n| n.starts_with(word)).collect();
    out.sort();
    out.dedup();
    out.into_iter().map(pair).collect()
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minigo_history"))
}

/// One complete entry typed at the prompt.
pub enum Entry {
    /// A `:command` line.
    Command(String),
    /// Go source: lines until brackets, braces and raw strings are closed.
    Input(String),
    /// Ctrl-D at an empty prompt, or the terminal is gone.
    Eof,
}

/// The rustyline editor with the session's history and completion.
pub struct LineEditor {
    editor: Editor<GoHelper, DefaultHistory>,
    history: Option<std::path::PathBuf>,
}

impl LineEditor {
    /// The editor, completing over `names` (the session's names, kept up to
    /// date by the session); `None` when the terminal cannot be edited.
    pub fn new(names: Arc<Mutex<Vec<String>>>) -> Option<LineEditor> {
        let config = Config::builder().auto_add_history(false).bracketed_paste(true).max_history_size(1000).map(|b| b.build()).unwrap_or_default();
        let mut editor = Editor::<GoHelper, DefaultHistory>::with_config(config).ok()?;
        editor.set_helper(Some(GoHelper { names }));
        let history = history_path();
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        Some(LineEditor { editor, history })
    }

    /// Prints text above the prompt while `read_entry` waits (directly when it does not).
    pub fn printer(&mut self) -> Option<impl ExternalPrinter + Send + 'static> {
        self.editor.create_external_printer().ok()
    }

    /// Reads one entry; `waiting` is raised while the prompt waits for a line.
    pub fn read_entry(&mut self, waiting: &AtomicBool) -> Entry {
        let mut pending = String::new();
        loop {
            let prompt = if pending.is_empty() { PROMPT } else { CONTINUATION };
            waiting.store(true, Ordering::SeqCst);
            let line = self.editor.readline(prompt);
            waiting.store(false, Ordering::SeqCst);
            match line {
                Ok(line) => {
                    if pending.is_empty() && line.trim_start().starts_with(':') {
                        self.remember(&line);
                        return Entry::Command(line.trim().to_string());
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
                    self.remember(text.trim_end());
                    return Entry::Input(text);
                }
                Err(ReadlineError::Interrupted) => {
                    pending.clear();
                    println!("^C");
                }
                Err(ReadlineError::Eof) if pending.is_empty() => return Entry::Eof,
                Err(ReadlineError::Eof) => pending.clear(),
                Err(_) => return Entry::Eof,
            }
        }
    }

    /// Adds an entry (possibly multi-line) to the history and saves it.
    fn remember(&mut self, entry: &str) {
        let _ = self.editor.add_history_entry(entry);
        if let Some(p) = &self.history {
            let _ = self.editor.save_history(p);
        }
    }
}
