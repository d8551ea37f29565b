//! Owns the interactive session's threads: a reader thread runs the line
//! editor while the main thread keeps the session's goroutines running
//! between inputs (`Vm::run_background`), looking at the reader's channel
//! between short batches of slices, and idles — blocked on that channel, at
//! most until the next sleeping goroutine is due — when none is runnable.
//! Output written while the prompt waits is printed above the prompt as
//! whole lines (rustyline's external printer, fed by a printer thread so the
//! VM never blocks on the terminal; lines written faster than the terminal
//! takes them are printed together, and beyond `OUTBOX_LIMIT` bytes the
//! oldest are dropped), so it never garbles the line being
//! typed; otherwise output goes straight to stdout and stderr. SIGINT
//! (Ctrl-C while an input runs) raises the session's interrupt flag. The
//! terminal's mode is restored on leaving, even when a goroutine calls
//! `os.Exit` while the prompt waits.
//! Must not know how inputs are compiled or run.

use super::editor::{Entry, LineEditor};
use super::{Next, Repl};
use minigo_vm::{Background, Output};
use rustyline::ExternalPrinter;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex, OnceLock};

/// The most output held for the printer thread while the prompt waits.
const OUTBOX_LIMIT: usize = 1 << 20;

/// Scheduling slices the session runs between two looks at the reader's channel.
const SLICES_PER_LOOK: u32 = 4;

/// The terminal as the session's output shares it with the prompt.
#[derive(Default)]
struct Screen {
    /// Raised while the prompt waits for a line.
    waiting: AtomicBool,
    /// Output held back: the unfinished last line written while the prompt waits.
    pending: Mutex<Vec<u8>>,
    /// Whole lines for the printer thread, which takes them all at once.
    outbox: Mutex<String>,
    /// Wakes the printer thread (`None`: no external printer).
    wake_printer: Mutex<Option<SyncSender<()>>>,
}

impl Screen {
    /// Writes the lines the printer thread has not taken and the held-back
    /// unfinished line (the prompt no longer waits).
    fn flush_pending(&self) {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let lines = std::mem::take(&mut *self.outbox.lock().unwrap_or_else(|e| e.into_inner()));
        if !pending.is_empty() || !lines.is_empty() {
            let mut out = io::stdout();
            let _ = out.write_all(lines.as_bytes());
            let _ = out.write_all(&pending);
            let _ = out.flush();
            pending.clear();
        }
    }
}

/// The VM's stdout or stderr in an interactive session.
struct ScreenWriter {
    screen: Arc<Screen>,
    stderr: bool,
}

impl Write for ScreenWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.screen.waiting.load(Ordering::SeqCst) {
            if let Some(wake) = self.screen.wake_printer.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
                let mut pending = self.screen.pending.lock().unwrap_or_else(|e| e.into_inner());
                pending.extend_from_slice(buf);
                if let Some(end) = pending.iter().rposition(|&b| b == b'\n') {
                    let text: Vec<u8> = pending.drain(..=end).collect();
                    let mut outbox = self.screen.outbox.lock().unwrap_or_else(|e| e.into_inner());
                    outbox.push_str(&String::from_utf8_lossy(&text));
                    if outbox.len() > OUTBOX_LIMIT {
                        let cut = outbox.len() - OUTBOX_LIMIT;
                        let cut = outbox[cut..].find('\n').map_or(outbox.len(), |i| cut + i + 1);
                        outbox.drain(..cut);
                    }
                    // Full: the printer thread is awake already.
                    let _ = wake.try_send(());
                }
                return Ok(buf.len());
            }
        }
        self.screen.flush_pending();
        if self.stderr {
            io::stderr().write_all(buf)?;
        } else {
            io::stdout().write_all(buf)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.stderr {
            io::stderr().flush()
        } else {
            io::stdout().flush()
        }
    }
}

/// The session's interrupt flag, as the SIGINT handler sees it.
static INTERRUPT: OnceLock<Arc<AtomicBool>> = OnceLock::new();

extern "C" fn on_sigint(_: libc::c_int) {
    if let Some(flag) = INTERRUPT.get() {
        flag.store(true, Ordering::SeqCst);
    }
}

/// Makes SIGINT raise `flag` (the terminal sends it only while an input runs:
/// the editor reads Ctrl-C as a key).
fn watch_interrupts(flag: Arc<AtomicBool>) {
    let _ = INTERRUPT.set(flag);
    // SAFETY: the handler only loads an initialised `OnceLock` and stores to
    // an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// The terminal's mode when the session started.
struct TermMode(Option<libc::termios>);

impl TermMode {
    fn save() -> TermMode {
        // SAFETY: `termios` is plain data; tcgetattr fills it or fails.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            TermMode((libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t))
        }
    }

    fn restore(&self) {
        if let Some(t) = &self.0 {
            // SAFETY: restores a mode tcgetattr returned.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
            }
        }
    }
}

/// What Tab completes from the session: its names and `x.name` selectors.
fn completions(repl: &Repl) -> Vec<String> {
    let mut all = repl.names();
    all.extend(repl.selectors());
    all
}

/// The interactive session; returns the exit code.
pub fn interactive(color: bool) -> i32 {
    let names = Arc::new(Mutex::new(Vec::new()));
    let Some(mut editor) = LineEditor::new(names.clone()) else {
        return super::scripted(&mut Repl::new(color), io::stdin().lock());
    };
    let screen = Arc::new(Screen::default());
    if let Some(mut printer) = editor.printer() {
        let (wake, woken) = mpsc::sync_channel::<()>(1);
        let for_printer = screen.clone();
        std::thread::spawn(move || {
            while woken.recv().is_ok() {
                let text = std::mem::take(&mut *for_printer.outbox.lock().unwrap_or_else(|e| e.into_inner()));
                if !text.is_empty() {
                    let _ = printer.print(text);
                }
            }
        });
        *screen.wake_printer.lock().unwrap_or_else(|e| e.into_inner()) = Some(wake);
    }
    let for_vm = screen.clone();
    let output = move || Output::new(Box::new(ScreenWriter { screen: for_vm.clone(), stderr: false }), Box::new(ScreenWriter { screen: for_vm.clone(), stderr: true }));
    let mut repl = Repl::with_output(color, std::rc::Rc::new(output));
    *names.lock().unwrap_or_else(|e| e.into_inner()) = completions(&repl);
    let mode = TermMode::save();
    watch_interrupts(repl.interrupt_flag());
    println!("minigo {} — Go statements, declarations and expressions; :help for commands, Ctrl-D to leave", env!("CARGO_PKG_VERSION"));
    let (ready_tx, ready_rx) = mpsc::channel::<()>();
    let (entry_tx, entry_rx) = mpsc::channel::<Entry>();
    let reader_screen = screen.clone();
    std::thread::spawn(move || {
        while ready_rx.recv().is_ok() {
            if entry_tx.send(editor.read_entry(&reader_screen.waiting)).is_err() {
                break;
            }
        }
    });
    let code = drive(&mut repl, &screen, &names, &ready_tx, &entry_rx);
    if screen.waiting.swap(false, Ordering::SeqCst) {
        println!();
    }
    screen.flush_pending();
    mode.restore();
    code
}

/// Asks the reader for entries and runs them until the session ends.
fn drive(repl: &mut Repl, screen: &Screen, names: &Mutex<Vec<String>>, ready: &Sender<()>, entries: &Receiver<Entry>) -> i32 {
    loop {
        if ready.send(()).is_err() {
            return 0;
        }
        let entry = match next_entry(repl, entries) {
            Ok(e) => e,
            Err(code) => return code,
        };
        screen.flush_pending();
        let next = match entry {
            Entry::Eof => return 0,
            Entry::Command(line) => repl.command(&line),
            Entry::Input(text) => repl.eval(&text),
        };
        *names.lock().unwrap_or_else(|e| e.into_inner()) = completions(repl);
        if let Next::Exit(code) = next {
            return code;
        }
    }
}

/// Waits for the reader's next entry, running the session's goroutines
/// meanwhile; `Err(code)` when one of them called `os.Exit(code)`.
fn next_entry(repl: &mut Repl, entries: &Receiver<Entry>) -> Result<Entry, i32> {
    loop {
        match entries.try_recv() {
            Ok(e) => return Ok(e),
            Err(TryRecvError::Disconnected) => return Ok(Entry::Eof),
            Err(TryRecvError::Empty) => {}
        }
        let wait = match repl.run_background(SLICES_PER_LOOK) {
            Background::Busy => continue,
            Background::Exit(code) => return Err(code),
            Background::Idle(wait) => wait,
        };
        let got = match wait {
            Some(due) => entries.recv_timeout(due),
            None => entries.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match got {
            Ok(e) => return Ok(e),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(Entry::Eof),
        }
    }
}
