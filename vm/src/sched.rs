//! Owns running goroutines: the goroutine table (slots reused, park generations
//! and hand-offs per slot; finished goroutines' allocations reused by spawns),
//! the FIFO ready queue of slots (a parked goroutine is never looked at until
//! something wakes it), budgeted slices, the timer queue
//! of sleepers and of goroutines blocked with a deadline (idle until the
//! earliest timer, never busy-waiting), the queues
//! of goroutines blocked in natives on an object (`NativeStep::Block`),
//! runtime goroutines (`NativeStep::GoRuntime`: no id, not counted, never
//! listed), deadlock detection, main's Goexit, and program exit.
//! Must not know instruction semantics.

use crate::bytecode::FuncIdx;
use crate::goroutine::{DeferTarget, Frame, GStatus, Goroutine, Handoff, ReturnTo};
use crate::interp::{run_slice, Flow, SliceEnd};
use crate::native::{Values, Wake};
use crate::ops::call::{self, Entered, Mode};
use crate::value::ObjRef;
use crate::vm::Vm;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::time::Duration;

/// Backward jumps and calls per slice before a goroutine yields.
const BUDGET: u32 = 20_000;

/// Go's id of the first goroutine a program starts: Go 1.27's runtime starts
/// goroutines 2–17 itself before `main.main` runs.
const FIRST_USER_GOROUTINE_ID: u64 = 18;

/// The id of runtime goroutines (the stdlib's timer runners): Go numbers
/// only the goroutines a program starts, and never uses 0.
pub const RUNTIME_GOROUTINE_ID: u64 = 0;

/// A goroutine parked in a native on an object, valid while its slot's park
/// generation is unchanged.
#[derive(Clone, Copy, Debug)]
struct ObjWaiter {
    slot: usize,
    gen: u64,
}

pub(crate) struct Sched {
    pub gs: Vec<Option<Box<Goroutine>>>,
    free_slots: Vec<usize>,
    next_id: u64,
    /// Per slot: bumped whenever the goroutine's waits are completed or withdrawn.
    pub park_gens: Vec<u64>,
    /// Per slot: a value handed over by the goroutine that completed its wait.
    pub handoffs: Vec<Option<Handoff>>,
    /// Slot of the running goroutine.
    pub current: usize,
    pub main_goexited: bool,
    /// Goroutines alive (the running one included), runtime ones too.
    live: usize,
    /// Runtime goroutines alive.
    runtime_live: usize,
    rng: u64,
    /// Slots of runnable goroutines, in the order they run.
    ready: VecDeque<usize>,
    /// Sleepers and deadlines: (wake time ns, sequence number, slot, park
    /// generation), earliest first; stale once the slot's generation moved on.
    timers: BinaryHeap<Reverse<(i64, u64, usize, u64)>>,
    timer_seq: u64,
    /// Goroutines blocked in natives, by the object they wait on (`ObjRef.0`).
    obj_waiters: HashMap<u32, VecDeque<ObjWaiter>>,
    /// Finished goroutines whose allocations the next spawns reuse.
    finished: Vec<Box<Goroutine>>,
    /// Objects goroutines wait on for the host's I/O (`WaitReason::IoWait`),
    /// all woken when the host reports progress.
    io_waiters: Vec<ObjRef>,
}

/// How many finished goroutines `Sched::finished` keeps for reuse.
const REUSE_POOL: usize = 1024;

impl Sched {
    pub fn new(seed: u64) -> Sched {
        Sched {
            gs: Vec::new(),
            free_slots: Vec::new(),
            next_id: FIRST_USER_GOROUTINE_ID - 1,
            park_gens: Vec::new(),
            handoffs: Vec::new(),
            current: 0,
            main_goexited: false,
            live: 0,
            runtime_live: 0,
            rng: rng_state(seed),
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            timer_seq: 0,
            obj_waiters: HashMap::new(),
            finished: Vec::new(),
            io_waiters: Vec::new(),
        }
    }

    /// Whether the program has started any goroutine besides main.
    pub fn ever_spawned(&self) -> bool {
        self.next_id >= FIRST_USER_GOROUTINE_ID
    }

    /// Number of the program's goroutines alive (the running one included;
    /// runtime goroutines not counted, as Go's `runtime.NumGoroutine`).
    pub fn live_count(&self) -> usize {
        self.live - self.runtime_live
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

    fn add(&mut self, g: Box<Goroutine>) -> usize {
        self.live += 1;
        let g = Some(g);
        let slot = match self.free_slots.pop() {
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
        };
        self.ready.push_back(slot);
        slot
    }

    /// Frees the slot of a goroutine that ended (it is no longer in the table).
    fn retire(&mut self, slot: usize, id: u64) {
        self.live -= 1;
        if id == RUNTIME_GOROUTINE_ID && self.runtime_live > 0 {
            self.runtime_live -= 1;
        }
        self.park_gens[slot] += 1;
        self.handoffs[slot] = None;
        self.free_slots.push(slot);
    }

    /// Ends the goroutine in `slot` wherever it is (ready, parked or asleep)
    /// without running its defers; a REPL drops an interrupted input this way.
    pub(crate) fn discard(&mut self, slot: usize) {
        if let Some(g) = self.gs.get_mut(slot).and_then(|g| g.take()) {
            self.ready.retain(|&s| s != slot);
            self.timers.retain(|Reverse((_, _, s, _))| *s != slot);
            self.retire(slot, g.id);
        }
    }

    /// Adds a goroutine built by the caller (a REPL input's goroutine 1); returns its slot.
    pub(crate) fn add_goroutine(&mut self, g: Goroutine) -> usize {
        self.add(Box::new(g))
    }

    /// Starts a goroutine calling `target(args)`; it runs after those already runnable.
    pub fn spawn(&mut self, target: DeferTarget, args: Values) {
        self.next_id += 1;
        self.start(self.next_id, target, args);
    }

    /// Starts a runtime goroutine calling `target(args)`: it has no id, and
    /// neither `NumGoroutine` nor a deadlock report counts it.
    pub fn spawn_runtime(&mut self, target: DeferTarget, args: Values) {
        self.runtime_live += 1;
        self.start(RUNTIME_GOROUTINE_ID, target, args);
    }

    fn start(&mut self, id: u64, target: DeferTarget, args: Values) {
        let mut g = self.finished.pop().and_then(|old| Goroutine::reuse(old, id)).unwrap_or_else(|| Box::new(Goroutine::new(id)));
        g.entry = Some((target, args));
        self.add(g);
    }

    /// Makes the parked goroutine in `slot` runnable: its waits are withdrawn
    /// (park generation bumped) and, with `handoff`, its parked operation
    /// completes with that value when it re-executes.
    pub fn wake(&mut self, slot: usize, handoff: Option<Handoff>) {
        self.park_gens[slot] += 1;
        if handoff.is_some() {
            self.handoffs[slot] = handoff;
        }
        if let Some(g) = self.gs[slot].as_mut() {
            g.status = GStatus::Runnable;
        }
        self.ready.push_back(slot);
    }

    /// Whether a waiter registered under park generation `gen` is still parked.
    pub fn is_parked(&self, slot: usize, gen: u64) -> bool {
        self.park_gens.get(slot) == Some(&gen) && slot != self.current
    }

    /// Parks the running goroutine on `on` until a native wakes it.
    pub fn park_on_object(&mut self, on: ObjRef) {
        let w = ObjWaiter { slot: self.current, gen: self.park_gens[self.current] };
        self.obj_waiters.entry(on.0).or_default().push_back(w);
    }

    /// Parks the running goroutine on `on` until the host's I/O progresses.
    pub fn park_on_io(&mut self, on: ObjRef) {
        self.park_on_object(on);
        if !self.io_waiters.contains(&on) {
            self.io_waiters.push(on);
        }
    }

    /// Retries every goroutine waiting for the host's I/O (those whose read
    /// still cannot progress park again).
    fn wake_io_waiters(&mut self) {
        // The scheduler wakes them between slices: no goroutine is running,
        // so the last one to run (still `current`) must not be skipped.
        let last = std::mem::replace(&mut self.current, usize::MAX);
        for on in std::mem::take(&mut self.io_waiters) {
            self.wake_object_waiters(Wake { on, all: true });
        }
        self.current = last;
    }

    /// Wakes the goroutines a native asked for (`NativeCtx::wake_*`) among
    /// those parked on the object with `park_on_object`.
    pub fn wake_object_waiters(&mut self, wake: Wake) {
        let Some(q) = self.obj_waiters.get_mut(&wake.on.0) else { return };
        let mut woken = Vec::new();
        while let Some(w) = q.pop_front() {
            if self.park_gens.get(w.slot) == Some(&w.gen) && w.slot != self.current {
                woken.push(w.slot);
                if !wake.all {
                    break;
                }
            }
        }
        if q.is_empty() {
            self.obj_waiters.remove(&wake.on.0);
        }
        for slot in woken {
            self.wake(slot, None);
        }
    }

    /// Moves every sleeper whose time has come (by the host's monotonic
    /// clock `now`) to the ready queue (and retries the natives of goroutines
    /// whose deadline came before a wake-up).
    fn fire_timers(&mut self, now: i64) {
        while let Some(&Reverse((until, _, slot, gen))) = self.timers.peek() {
            if until > now {
                break;
            }
            self.timers.pop();
            if self.park_gens[slot] == gen && self.gs[slot].is_some() {
                self.wake(slot, None);
            }
        }
    }

    /// The earliest timer still waiting for its goroutine (stale ones, whose
    /// goroutine was woken otherwise, are dropped on the way).
    fn earliest_timer(&mut self) -> Option<i64> {
        while let Some(&Reverse((until, _, slot, gen))) = self.timers.peek() {
            if self.park_gens[slot] == gen && self.gs[slot].is_some() {
                return Some(until);
            }
            self.timers.pop();
        }
        None
    }

    /// Whether some goroutine is waiting in the ready queue.
    pub(crate) fn has_ready(&self) -> bool {
        !self.ready.is_empty()
    }

    /// How long after `now` the earliest sleeper is due (zero when one is
    /// due already); `None` when no goroutine sleeps.
    pub(crate) fn next_wake_in(&mut self, now: i64) -> Option<Duration> {
        let until = self.earliest_timer()?;
        Some(Duration::from_nanos((until - now).max(0) as u64))
    }

    /// Wakes the goroutine in `slot` at `until` unless something wakes it first.
    fn sleep(&mut self, slot: usize, until: i64) {
        self.timer_seq += 1;
        self.timers.push(Reverse((until, self.timer_seq, slot, self.park_gens[slot])));
    }

    /// Gives the running goroutine, parking now, a deadline (`NativeStep::BlockUntil`).
    pub fn wake_at(&mut self, until: i64) {
        self.sleep(self.current, until);
    }
}

/// The xorshift state for `--seed N` (splitmix64 of the seed; never zero).
fn rng_state(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
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

/// What one scheduling step did.
pub(crate) enum Step {
    /// Goroutine `slot` ran a slice that ended with `end`. After `Exited`
    /// its slot is free again; after `ProgramExit` the goroutine was dropped
    /// but its slot still counts (the program ends, or see `retire_dropped`).
    Ran { slot: usize, end: SliceEnd },
    /// Nothing ran: no goroutine was ready (the scheduler slept, at most
    /// `max_idle`, towards the earliest timer).
    Idled,
    /// No goroutine is ready and none sleeps: all are blocked, or none is left.
    Stuck,
}

/// One scheduling step: fires due timers, wakes the goroutines whose host
/// I/O can progress, then runs the next ready goroutine for one budgeted slice.
pub(crate) fn step(vm: &mut Vm, max_idle: Duration) -> Step {
    if !vm.sched.timers.is_empty() {
        vm.sched.fire_timers(vm.host.monotonic_nanos());
    }
    if !vm.sched.io_waiters.is_empty() && vm.host.wait_io(Some(Duration::ZERO)) {
        vm.sched.wake_io_waiters();
    }
    let Some(slot) = vm.sched.ready.pop_front() else {
        let timer = vm.sched.earliest_timer();
        let io = !vm.sched.io_waiters.is_empty() && vm.host.io_pending();
        if timer.is_none() && !io {
            return Step::Stuck;
        }
        // Every goroutine is parked or asleep: idle until the earliest timer
        // or until the host's I/O can progress.
        vm.out.flush_stdout();
        let mut idle = max_idle;
        if let Some(until) = timer {
            idle = idle.min(Duration::from_nanos((until - vm.host.monotonic_nanos()).max(0) as u64));
        }
        if io {
            let limit = if timer.is_none() && idle == Duration::MAX { None } else { Some(idle) };
            if vm.host.wait_io(limit) {
                vm.sched.wake_io_waiters();
            }
        } else if !idle.is_zero() {
            std::thread::sleep(idle);
        }
        return Step::Idled;
    };
    let Some(mut g) = vm.sched.gs[slot].take() else { return Step::Idled };
    vm.sched.current = slot;
    g.status = GStatus::Runnable;
    let end = match prepare(vm, &mut g) {
        Some(e) => e,
        None => run_slice(vm, &mut g, BUDGET),
    };
    match end {
        SliceEnd::Yielded => vm.sched.ready.push_back(slot),
        SliceEnd::Blocked(reason) => g.status = GStatus::Blocked(reason),
        SliceEnd::Sleep(until) => {
            g.status = GStatus::Sleeping(until);
            vm.sched.sleep(slot, until);
        }
        SliceEnd::Exited => {
            vm.sched.retire(slot, g.id);
            if vm.sched.finished.len() < REUSE_POOL {
                vm.sched.finished.push(g);
            }
            return Step::Ran { slot, end };
        }
        SliceEnd::ProgramExit(_) => return Step::Ran { slot, end },
    }
    vm.sched.gs[slot] = Some(g);
    Step::Ran { slot, end }
}

/// Frees the slot of a goroutine dropped by `ProgramExit` when the program
/// goes on after all (a REPL input that crashed).
pub(crate) fn retire_dropped(vm: &mut Vm, slot: usize) {
    // Only a program's goroutine ends a program (runtime goroutines never crash).
    vm.sched.retire(slot, u64::MAX);
}

/// Runs the module's init and main to completion; returns the exit code.
pub fn run_program(vm: &mut Vm) -> i32 {
    let main = main_goroutine(vm);
    vm.sched.add(Box::new(main));
    loop {
        match step(vm, Duration::MAX) {
            Step::Ran { end: SliceEnd::ProgramExit(code), .. } => return code,
            Step::Ran { .. } | Step::Idled => {}
            Step::Stuck => {
                if vm.sched.live_count() == 0 && vm.sched.main_goexited {
                    vm.out.write_stderr(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
                    return 2;
                }
                if vm.sched.live_count() == 0 {
                    return 0;
                }
                vm.out.flush_stdout();
                return report_deadlock(vm);
            }
        }
    }
}

/// Go's deadlock report of every goroutine of the program (all blocked;
/// runtime goroutines are not listed); they stay in the table.
pub(crate) fn report_deadlock(vm: &mut Vm) -> i32 {
    let mut gs: Vec<(usize, Box<Goroutine>)> = vm
        .sched
        .gs
        .iter_mut()
        .enumerate()
        .filter(|(_, g)| g.as_ref().is_some_and(|g| g.id != RUNTIME_GOROUTINE_ID))
        .filter_map(|(i, g)| g.take().map(|g| (i, g)))
        .collect();
    gs.sort_by_key(|(_, g)| g.id);
    let list: Vec<(&Goroutine, String)> = gs
        .iter()
        .map(|(_, g)| {
            let reason = match g.status {
                GStatus::Blocked(r) => r.as_str().to_string(),
                _ => "running".to_string(),
            };
            (&**g, reason)
        })
        .collect();
    let code = match crate::traceback::deadlock(vm, &list) {
        SliceEnd::ProgramExit(c) => c,
        _ => 2,
    };
    for (slot, g) in gs {
        vm.sched.gs[slot] = Some(g);
    }
    code
}
