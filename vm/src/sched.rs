//! Owns running goroutines: the goroutine table (slots reused, park generations
//! and hand-offs per slot), deterministic round-robin budgeted slices, retrying
//! parked goroutines, sleeping idle until the earliest timer (never
//! busy-waiting), deadlock detection, main's Goexit, and program exit.
//! Must not know instruction semantics.

use crate::bytecode::FuncIdx;
use crate::goroutine::{DeferTarget, Frame, GStatus, Goroutine, Handoff, ReturnTo};
use crate::interp::{run_slice, Flow, SliceEnd};
use crate::native::Values;
use crate::ops::call::{self, Entered, Mode};
use crate::vm::Vm;
use std::time::{Duration, Instant};

/// Backward jumps and calls per slice before a goroutine yields.
const BUDGET: u32 = 20_000;

pub(crate) struct Sched {
    pub gs: Vec<Option<Box<Goroutine>>>,
    free_slots: Vec<usize>,
    next_id: u64,
    /// Per slot: bumped whenever the goroutine's channel waits are completed or withdrawn.
    pub park_gens: Vec<u64>,
    /// Per slot: a value handed over by the goroutine that completed its wait.
    pub handoffs: Vec<Option<Handoff>>,
    /// Slot of the running goroutine.
    pub current: usize,
    pub main_goexited: bool,
    /// Goroutines alive (the running one included).
    live: usize,
    rng: u64,
    start: Instant,
}

impl Sched {
    pub fn new(seed: u64) -> Sched {
        Sched { gs: Vec::new(), free_slots: Vec::new(), next_id: 1, park_gens: Vec::new(), handoffs: Vec::new(), current: 0, main_goexited: false, live: 0, rng: seed ^ 0x9E37_79B9_7F4A_7C15, start: Instant::now() }
    }

    /// Nanoseconds since the program started.
    pub fn now_nanos(&self) -> i64 {
        self.start.elapsed().as_nanos() as i64
    }

    /// Number of goroutines alive (the running one included).
    pub fn live_count(&self) -> usize {
        self.live
    }

    /// A deterministic pseudo-random number (xorshift).
    pub fn next_random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    fn add(&mut self, g: Goroutine) -> usize {
        self.live += 1;
        let g = Some(Box::new(g));
        match self.free_slots.pop() {
            Some(s) => {
                self.gs[s] = g;
                self.handoffs[s] = None;
                s
            }
            None => {
                self.gs.push(g);
                self.park_gens.push(0);
                self.handoffs.push(None);
                self.gs.len() - 1
            }
        }
    }

    /// Starts a goroutine calling `target(args)`.
    pub fn spawn(&mut self, target: DeferTarget, args: Values) {
        self.next_id += 1;
        let mut g = Goroutine::new(self.next_id);
        g.entry = Some((target, args));
        self.add(g);
    }
}

/// Where a goroutine is (to tell a retry that made no progress).
fn position(g: &Goroutine) -> (usize, u32, u32) {
    g.frames.last().map(|f| (g.frames.len(), f.func.0, f.pc)).unwrap_or((0, 0, 0))
}

/// Work to do before a slice: the goroutine's entry call, a resumed panic loop.
fn prepare(vm: &mut Vm, g: &mut Goroutine) -> Option<SliceEnd> {
    if let Some((target, args)) = g.entry.take() {
        match call::enter(vm, g, target, &args, 0, Mode::GoroutineEntry) {
            Entered::Flow(Flow::End(e)) => return Some(e),
            Entered::Flow(Flow::Continue) | Entered::NativeDone => {}
        }
    }
    if g.resume_panic_loop {
        g.resume_panic_loop = false;
        if let Flow::End(e) = crate::unwind::run_panic_loop(vm, g) {
            return Some(e);
        }
    }
    None
}

fn main_goroutine(vm: &Vm) -> Goroutine {
    let mut g = Goroutine::new(1);
    let main = vm.module.main;
    let main_regs = vm.module.funcs[main.0 as usize].num_regs as usize + 1;
    g.frames.push(Frame { func: main, pc: 0, base: 0, closure: None, pushed_by: None, ret: ReturnTo::GoroutineEnd });
    let mut top = main_regs;
    if let Some(init) = vm.module.init {
        g.frames.push(Frame { func: init, pc: 0, base: top as u32, closure: None, pushed_by: None, ret: ReturnTo::Caller });
        top += vm.module.funcs[init.0 as usize].num_regs as usize + 1;
    }
    g.ensure_regs(top + 1);
    let _: FuncIdx = main;
    g
}

/// Runs the module's init and main to completion; returns the exit code.
pub fn run_program(vm: &mut Vm) -> i32 {
    let main = main_goroutine(vm);
    vm.sched.next_id = 1;
    vm.sched.add(main);
    loop {
        let mut progressed = false;
        let mut earliest_wake: Option<i64> = None;
        for slot in 0..vm.sched.gs.len() {
            let Some(mut g) = vm.sched.gs[slot].take() else { continue };
            vm.sched.current = slot;
            if let GStatus::Sleeping(until) = g.status {
                if vm.sched.now_nanos() < until {
                    earliest_wake = Some(earliest_wake.map_or(until, |e| e.min(until)));
                    vm.sched.gs[slot] = Some(g);
                    continue;
                }
                g.status = GStatus::Runnable;
            }
            let was_blocked = matches!(g.status, GStatus::Blocked(_)) && vm.sched.handoffs[slot].is_none();
            let before = position(&g);
            let end = match prepare(vm, &mut g) {
                Some(e) => e,
                None => run_slice(vm, &mut g, BUDGET),
            };
            match end {
                SliceEnd::Yielded => {
                    g.status = GStatus::Runnable;
                    progressed = true;
                }
                SliceEnd::Blocked(reason) => {
                    if !(was_blocked && position(&g) == before) {
                        progressed = true;
                    }
                    g.status = GStatus::Blocked(reason);
                }
                SliceEnd::Sleep(until) => {
                    g.status = GStatus::Sleeping(until);
                    earliest_wake = Some(earliest_wake.map_or(until, |e| e.min(until)));
                    progressed = true;
                }
                SliceEnd::Exited => {
                    vm.sched.live -= 1;
                    vm.sched.park_gens[slot] += 1;
                    vm.sched.free_slots.push(slot);
                    progressed = true;
                    continue;
                }
                SliceEnd::ProgramExit(code) => return code,
            }
            vm.sched.gs[slot] = Some(g);
        }
        if vm.sched.gs.iter().all(|g| g.is_none()) {
            if vm.sched.main_goexited {
                vm.out.write_stderr(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
                return 2;
            }
            return 0;
        }
        if !progressed {
            vm.out.flush_stdout();
            if let Some(wake) = earliest_wake {
                let now = vm.sched.now_nanos();
                if wake > now {
                    std::thread::sleep(Duration::from_nanos((wake - now) as u64));
                }
                continue;
            }
            return report_deadlock(vm);
        }
    }
}

fn report_deadlock(vm: &mut Vm) -> i32 {
    let gs: Vec<Box<Goroutine>> = vm.sched.gs.iter_mut().filter_map(|g| g.take()).collect();
    let list: Vec<(&Goroutine, String)> = gs
        .iter()
        .map(|g| {
            let reason = match g.status {
                GStatus::Blocked(r) => r.as_str().to_string(),
                _ => "running".to_string(),
            };
            (&**g, reason)
        })
        .collect();
    match crate::traceback::deadlock(vm, &list) {
        SliceEnd::ProgramExit(c) => c,
        _ => 2,
    }
}
