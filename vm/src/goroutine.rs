//! Owns one goroutine's state: the register file, the frame stack, the defer
//! stack and the panic-record stack (SEMANTICS.md §2), and its status.
//! Must not know syntax, the stdlib or scheduling policy.

use crate::bytecode::{FuncIdx, NativeIdx};
use crate::native::{NativeResume, Values, WaitReason};
use crate::value::{ObjRef, Value};

/// Identifies a panic record for `Frame::pushed_by` (unique per goroutine;
/// 4 bytes so `Option<RecordId>` keeps `Frame` small).
pub type RecordId = std::num::NonZeroU32;

/// Where the results of a finished call go.
pub enum ReturnTo {
    /// An ordinary call: results stay at the callee's base, the caller's `R[a..]`.
    Caller,
    /// A deferred call: results are dropped. If `pushed_by` is a record, its run
    /// loop continues; else the frame below re-executes its `RunDefers`.
    Deferred,
    /// The goroutine's entry function: returning ends the goroutine.
    GoroutineEnd,
    /// A callback requested by a native: its outcome resumes the native.
    Native(Box<NativeCont>),
    /// The VM's own call of `Error()`/`String()` while printing panic values.
    PrintPanicValue { record: u32 },
}

/// A native waiting for a callback, and where the native's own results go.
pub struct NativeCont {
    pub resume: Box<dyn NativeResume>,
    pub catch_panic: bool,
    pub target: NativeTarget,
}

/// Where a native call's results go.
#[derive(Clone, Copy, Debug)]
pub enum NativeTarget {
    /// `CallNative`: results to absolute registers `regs[abs..abs+nret]`; the
    /// frame `frame` continues after the instruction.
    Regs { abs: u32, nret: u8 },
    /// A deferred native (results dropped); then continue like `ReturnTo::Deferred`
    /// with this `pushed_by`.
    Deferred { pushed_by: Option<RecordId> },
    /// The entry of a goroutine (`go fmt.Println(…)`): ends the goroutine.
    GoroutineEnd,
}

/// One activation of a minigo function.
pub struct Frame {
    pub func: FuncIdx,
    /// Index of the next instruction to run (while running: cached in the loop).
    pub pc: u32,
    /// `R[0]` of this frame is `regs[base]`.
    pub base: u32,
    /// The closure object (captures; bound receiver), if called through one.
    pub closure: Option<ObjRef>,
    /// The panic record whose run loop pushed this frame for a deferred call.
    pub pushed_by: Option<RecordId>,
    pub ret: ReturnTo,
}

/// What a deferred call calls.
#[derive(Clone, Copy, Debug)]
pub enum DeferTarget {
    Func(FuncIdx),
    /// A function value: `Func`, `Closure` (incl. bound methods, natives) or `Nil`
    /// (which panics when the deferred call runs).
    Value(Value),
    Native(NativeIdx),
}

/// A deferred call registered by `frame`; its `nargs` arguments are the top
/// of the goroutine's `defer_args` stack while it is the top record.
#[derive(Clone, Copy, Debug)]
pub struct DeferRecord {
    pub frame: u32,
    pub nargs: u32,
    pub target: DeferTarget,
}

/// A panic (or Goexit) record, SEMANTICS.md §2.
#[derive(Clone, Debug)]
pub struct PanicRecord {
    pub id: RecordId,
    pub value: Value,
    pub recovered: bool,
    pub goexit: bool,
    /// Set only while printing the crash chain (§5).
    pub repanicked: bool,
    /// `frames.len()` when panic()/Goexit() was called.
    pub start: usize,
    /// Index of the frame whose deferred calls the record is running (-1: none left).
    pub cursor: isize,
}

/// Scheduling state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GStatus {
    Runnable,
    /// Parked; the blocked instruction/native is retried when woken.
    Blocked(WaitReason),
    /// Sleeping until the virtual clock reaches this time (ns).
    Sleeping(i64),
    Dead,
}

/// A value handed to a parked goroutine by the goroutine that woke it (channel
/// rendezvous): the parked instruction completes with it when re-executed.
#[derive(Clone, Copy, Debug)]
pub enum Handoff {
    /// A receive completed with (value, ok).
    Received(Value, bool),
    /// A send completed.
    Sent,
    /// A send found the channel closed.
    SendClosed,
    /// A select completed case `index` with (value, ok).
    Selected { index: u32, value: Value, ok: bool },
}

pub struct Goroutine {
    pub id: u64,
    pub regs: Vec<Value>,
    pub frames: Vec<Frame>,
    pub defers: Vec<DeferRecord>,
    /// The arguments of `defers`, in the same order (each record's on top of the previous one's).
    pub defer_args: Vec<Value>,
    pub panics: Vec<PanicRecord>,
    pub status: GStatus,
    pub next_record_id: u32,
    pub handoff: Option<Handoff>,
    /// The scheduler's park generation under which this goroutine registered as
    /// a channel waiter (valid while `parked` and the generations match).
    pub park_gen: u64,
    /// Registered as a channel waiter.
    pub parked: bool,
    /// Is the main goroutine.
    pub is_main: bool,
    /// The call the goroutine starts with (taken on its first slice).
    pub entry: Option<(DeferTarget, Values)>,
    /// A deferred native run by a record's loop blocked: resume that loop first.
    pub resume_panic_loop: bool,
    /// A nil-dereference fault is pending (prints the `[signal SIGSEGV…]` line);
    /// cleared by a recovery that empties the record stack.
    pub sigsegv: bool,
    /// While printing the crash chain: the record whose value is being converted.
    pub printing: Option<usize>,
}

/// A register file at most this long is kept when a finished goroutine's
/// buffers are reused for a new one (`Goroutine::reuse`).
const REUSABLE_REGS: usize = 256;

impl Goroutine {
    pub fn new(id: u64) -> Goroutine {
        Goroutine::with_buffers(id, Vec::new(), Vec::with_capacity(2), Vec::new(), Vec::new())
    }

    /// A new goroutine `id` built in a finished goroutine's allocation, with
    /// its emptied buffers (spawning then allocates nothing). None if the
    /// old register file is too large to keep.
    pub fn reuse(mut old: Box<Goroutine>, id: u64) -> Option<Box<Goroutine>> {
        if old.regs.len() > REUSABLE_REGS {
            return None;
        }
        let mut regs = std::mem::take(&mut old.regs);
        regs.fill(Value::Nil);
        let mut frames = std::mem::take(&mut old.frames);
        frames.clear();
        let mut defers = std::mem::take(&mut old.defers);
        defers.clear();
        let mut panics = std::mem::take(&mut old.panics);
        panics.clear();
        *old = Goroutine::with_buffers(id, regs, frames, defers, panics);
        Some(old)
    }

    fn with_buffers(id: u64, regs: Vec<Value>, frames: Vec<Frame>, defers: Vec<DeferRecord>, panics: Vec<PanicRecord>) -> Goroutine {
        Goroutine {
            id,
            regs,
            frames,
            defers,
            defer_args: Vec::new(),
            panics,
            status: GStatus::Runnable,
            next_record_id: 1,
            handoff: None,
            park_gen: 0,
            parked: false,
            is_main: id == 1,
            entry: None,
            resume_panic_loop: false,
            sigsegv: false,
            printing: None,
        }
    }
    /// A fresh record id.
    pub fn new_record_id(&mut self) -> RecordId {
        let id = RecordId::new(self.next_record_id).unwrap_or(RecordId::MIN);
        self.next_record_id = self.next_record_id.checked_add(1).unwrap_or(1);
        id
    }

    /// Makes sure `regs[..n]` exists. The register file starts small (a parked
    /// goroutine costs little memory) and doubles as calls go deeper.
    #[inline]
    pub fn ensure_regs(&mut self, n: usize) {
        if self.regs.len() < n {
            self.regs.resize(n.max(self.regs.len() * 2).max(16), Value::Nil);
        }
    }
}

const _: () = assert!(std::mem::size_of::<Frame>() <= 40);
const _: () = assert!(std::mem::size_of::<DeferRecord>() <= 32);
