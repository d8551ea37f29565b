//! Owns running a REPL session on one long-lived `Vm`: appending a later
//! compilation's code to the loaded module (functions, constant pools,
//! globals, natives, type descriptors — never changing what is loaded) and
//! running one input's entry function on a fresh goroutine 1, driving the
//! scheduler until that input ends. Goroutines an input starts stay in the
//! scheduler between inputs: they run whenever a later input runs, and
//! between inputs when the session drives them (`run_background`).
//! A crash, a deadlock or an interrupt ends only the input's goroutine;
//! `os.Exit` ends the session.
//! Must not know source syntax or how the input was compiled.

use crate::bytecode::{FuncIdx, Module};
use crate::goroutine::{Frame, Goroutine, ReturnTo};
use crate::interp::SliceEnd;
use crate::native::NativeRegistry;
use crate::sched::{report_deadlock, retire_dropped, step, Step};
use crate::vm::{materialise_consts, resolve_native, LoadError, Vm};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How one input's run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputEnd {
    /// The entry function returned, or `runtime.Goexit` ended it.
    Finished,
    /// A panic or fatal error killed it; Go's crash text is on stderr.
    Crashed,
    /// Every goroutine was blocked; Go's deadlock report is on stderr and the
    /// input's goroutine was dropped (the others stay, still blocked).
    Deadlocked,
    /// The interrupt flag was raised; the input's goroutine was dropped.
    Interrupted,
    /// `os.Exit(code)`: the session ends with that code.
    Exit(i32),
}

/// What running the goroutines between inputs left (`Vm::run_background`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// Goroutines are still runnable: the slice budget ran out.
    Busy,
    /// No goroutine is runnable; the earliest sleeper is due after this
    /// long (`None`: no goroutine sleeps, only input can change anything).
    Idle(Option<Duration>),
    /// A goroutine called `os.Exit(code)`: the session ends with that code.
    Exit(i32),
}

/// The longest the session sleeps for a timer before looking at the interrupt flag.
const INTERRUPT_POLL: Duration = Duration::from_millis(20);

impl Vm {
    /// Loads `module`, a later compilation of the session: the loaded module
    /// with code appended (its existing functions, types, globals and natives
    /// unchanged; type descriptors' method tables may have grown). New
    /// constant pools are materialised, new globals get their zero values and
    /// new natives are resolved against `registry`.
    pub fn extend(&mut self, mut module: Module, registry: &NativeRegistry) -> Result<(), LoadError> {
        let old = &self.module;
        if module.funcs.len() < old.funcs.len() || module.globals.len() < old.globals.len() || module.types.len() < old.types.len() || module.natives.len() < old.natives.len() {
            return Err(LoadError::Invalid("an extension must keep everything already loaded".into()));
        }
        crate::verify::verify_module(&module).map_err(LoadError::Invalid)?;
        module.canonicalize_method_ids();
        for name in &module.natives[self.natives.len()..] {
            let f = resolve_native(name, registry)?;
            self.natives.push(f);
        }
        let mut consts: Vec<Vec<crate::value::Value>> = self.consts.as_ref().clone();
        for f in &module.funcs[consts.len()..] {
            consts.push(materialise_consts(&mut self.heap, &f.consts));
        }
        let known_globals = self.heap.agg(self.globals).len();
        let zeros: Vec<_> = module.globals[known_globals..].iter().map(|g| crate::zero::zero_value(&mut self.heap, &module, g.ty)).collect();
        if let crate::heap::Obj::Agg(table) = self.heap.get_mut(self.globals) {
            table.extend(zeros);
        }
        self.consts = Rc::new(consts);
        self.module = Rc::new(module);
        self.iface_cache.clear(); // an input may have changed method tables
        Ok(())
    }

    /// Switches the defer/panic/recover/Goexit trace on or off.
    pub fn set_trace_unwind(&mut self, on: bool) {
        self.options.trace_unwind = on;
    }

    /// Runs `entry` (no parameters, no results) as goroutine 1 and drives
    /// every goroutine until it ends. Other goroutines still runnable then
    /// stay where they are. Raising `interrupt` stops the input at the next
    /// slice boundary (the flag is cleared).
    pub fn run_input(&mut self, entry: FuncIdx, interrupt: &AtomicBool) -> InputEnd {
        let mut g = Goroutine::new(1);
        g.is_main = false;
        let regs = self.module.funcs[entry.0 as usize].num_regs as usize + 1;
        g.frames.push(Frame { func: entry, pc: 0, base: 0, closure: None, pushed_by: None, ret: ReturnTo::GoroutineEnd });
        g.ensure_regs(regs + 1);
        let input = self.sched.add_goroutine(g);
        let end = self.drive(input, interrupt);
        self.out.flush();
        end
    }

    /// Runs the goroutines left by earlier inputs for at most `max_slices`
    /// scheduling slices (each at most the scheduler's budget of calls and
    /// backward jumps), never sleeping: sleepers whose time has come run,
    /// the others are left asleep. A crash prints its text and ends only
    /// its goroutine. Output is flushed before returning.
    pub fn run_background(&mut self, max_slices: u32) -> Background {
        let mut end = Background::Busy;
        for _ in 0..max_slices {
            match step(self, Duration::ZERO) {
                Step::Ran { slot, end: SliceEnd::ProgramExit(_) } => {
                    if let Some(code) = self.os_exit.take() {
                        end = Background::Exit(code);
                        break;
                    }
                    retire_dropped(self, slot);
                }
                Step::Ran { .. } => {}
                Step::Idled if self.sched.has_ready() => {}
                Step::Idled | Step::Stuck => {
                    end = Background::Idle(self.sched.next_wake_in(self.host.monotonic_nanos()));
                    break;
                }
            }
        }
        self.out.flush();
        end
    }

    fn drive(&mut self, input: usize, interrupt: &AtomicBool) -> InputEnd {
        loop {
            if interrupt.swap(false, Ordering::SeqCst) {
                self.sched.discard(input);
                return InputEnd::Interrupted;
            }
            match step(self, INTERRUPT_POLL) {
                Step::Ran { slot, end: SliceEnd::ProgramExit(_) } => {
                    if let Some(code) = self.os_exit.take() {
                        return InputEnd::Exit(code);
                    }
                    // A crash: its text is on stderr; the goroutine is gone.
                    retire_dropped(self, slot);
                    if slot == input {
                        return InputEnd::Crashed;
                    }
                }
                Step::Ran { slot, end: SliceEnd::Exited } if slot == input => return InputEnd::Finished,
                Step::Ran { .. } | Step::Idled => {}
                Step::Stuck => {
                    self.out.flush_stdout();
                    report_deadlock(self);
                    self.sched.discard(input);
                    return InputEnd::Deadlocked;
                }
            }
        }
    }
}
