//! Owns the native-function protocol: `NativeFn`, the `NativeCtx` a native gets
//! (heap, module type descriptors, output, goroutine id, the wake-ups it
//! requests), the `NativeStep` it returns (return values, call back into minigo
//! and be resumed, panic, block on an object, exit…), and the `NativeRegistry`
//! natives are registered in by qualified name.
//! Must not know particular stdlib packages.

use crate::bytecode::Module;
use crate::heap::Heap;
use crate::host::Host;
use crate::output::Output;
use crate::value::{ObjRef, Value};
use smallvec::SmallVec;
use std::collections::HashMap;

/// Values passed to or returned from a call.
pub type Values = SmallVec<[Value; 4]>;

/// A native function: gets the context and its arguments (variadic arguments
/// arrive packed in a slice, as the Go signature says) and says what happens next.
pub type NativeFn = fn(&mut NativeCtx, &[Value]) -> NativeStep;

/// What a native call has access to. Natives never see a GC in the middle of
/// their execution (collection happens only at instruction safepoints), but
/// values they keep across a `NativeStep::Call` must be reachable from their
/// `NativeResume::trace`.
pub struct NativeCtx<'a> {
    pub heap: &'a mut Heap,
    pub module: &'a Module,
    pub out: &'a mut Output,
    /// Id of the calling goroutine (1 = main).
    pub goroutine: u64,
    /// Number of live goroutines (for `runtime.NumGoroutine`).
    pub num_goroutines: usize,
    /// The world outside the program: files, environment, arguments, clock,
    /// standard input (`host.rs`). No native reaches the OS any other way.
    pub host: &'a mut dyn Host,
    /// Wake-ups requested by the native (`wake_one`, `wake_all`), carried out
    /// by the scheduler when the native returns.
    pub wakes: Vec<Wake>,
}

/// A wake-up of goroutines blocked on an object (`NativeStep::Block`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wake {
    /// The object they wait on.
    pub on: ObjRef,
    /// Every waiter, or only the one that waited longest.
    pub all: bool,
}

impl NativeCtx<'_> {
    /// Monotonic clock in nanoseconds since the program started.
    pub fn now_nanos(&self) -> i64 {
        self.host.monotonic_nanos()
    }

    /// Retries the goroutine blocked longest on `on` (e.g. after `Mutex.Unlock`).
    pub fn wake_one(&mut self, on: ObjRef) {
        self.wakes.push(Wake { on, all: false });
    }
    /// Retries every goroutine blocked on `on` (a WaitGroup reaching zero; a
    /// closed channel's parked senders and receivers).
    pub fn wake_all(&mut self, on: ObjRef) {
        self.wakes.push(Wake { on, all: true });
    }
}

/// Why a goroutine is blocked (printed in deadlock tracebacks as `[reason]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    Select,
    SelectNoCases,
    ChanReceiveNilChan,
    ChanSendNilChan,
    WaitGroupWait,
    MutexLock,
    RWMutexLock,
    RWMutexRLock,
    Sleep,
    /// Waiting for the host's I/O (standard input, a pipe): never part of a
    /// deadlock, since the world may still answer.
    IoWait,
}

impl WaitReason {
    /// As Go's traceback header prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::Sleep => "sleep",
            WaitReason::IoWait => "IO wait",
        }
    }
}

/// How a callback requested by `NativeStep::Call` ended.
pub enum CallOutcome {
    /// It returned these results.
    Returned(Values),
    /// It panicked with this value (only when the call was made with
    /// `catch_panic: true`; the panic was recovered at the native boundary).
    Panicked(Value),
}

/// The continuation of a native that called back into minigo.
pub trait NativeResume {
    /// Continues the native with the callback's outcome.
    fn resume(self: Box<Self>, ctx: &mut NativeCtx, outcome: CallOutcome) -> NativeStep;
    /// Reports every value the continuation holds (GC roots while it waits).
    fn trace(&self, _mark: &mut dyn FnMut(Value)) {}
}

/// What a native wants the VM to do next.
pub enum NativeStep {
    /// Return these results to the caller (their count must be the call's `nret`).
    Return(Values),
    /// Call the function value `func` with `args` as an ordinary frame on the same
    /// goroutine, then `resume` with its outcome. With `catch_panic`, a panic
    /// escaping the callback is recovered at this boundary (after the callback's
    /// own deferred calls) and delivered as `CallOutcome::Panicked` (fmt's
    /// `%!v(PANIC=String method: boom)`); otherwise it unwinds through the native.
    Call { func: Value, args: Values, catch_panic: bool, resume: Box<dyn NativeResume> },
    /// Panic with this value (use the `runtime_error` constructors for runtime errors).
    Panic(Value),
    /// Park the goroutine on the object `on` (e.g. the `sync.Mutex` struct); the
    /// same native call is retried (with the same arguments) once a native wakes
    /// `on` (`NativeCtx::wake_one`/`wake_all`). If every goroutine is blocked
    /// the program dies with Go's deadlock error naming `reason`.
    Block(WaitReason, ObjRef),
    /// `Block`, with the call also retried at this time (ns on the
    /// scheduler's clock, `NativeCtx::now_nanos`) if nothing wakes it before.
    BlockUntil(WaitReason, ObjRef, i64),
    /// Sleep for this many nanoseconds (`time.Sleep`), then return no results.
    Sleep(i64),
    /// Yield to other goroutines (`runtime.Gosched`), then return no results.
    Yield,
    /// `runtime.Goexit()`.
    Goexit,
    /// `os.Exit(code)`: flush output and end the program now.
    Exit(i32),
    /// `fatal error: MSG` (e.g. `sync: unlock of unlocked mutex`).
    Fatal(String),
    /// Start a new goroutine running `func(args)`, then return no results.
    Go { func: Value, args: Values },
    /// Return one result: a token naming the frame that made this native
    /// call (`runtime.rangeFuncFrame`, taken where a range-over-func loop
    /// whose body defers starts).
    CallerFrame,
    /// Move the deferred call the calling frame registered last to the
    /// frame the token names, then return no results (`runtime.deferToFrame`:
    /// a `defer` in a range-over-func loop body belongs to the enclosing
    /// function).
    MoveDefer(Value),
    /// Start a runtime goroutine running `func(args)` (the stdlib's timer
    /// runners): it has no id, and neither `NumGoroutine` nor a deadlock
    /// report counts it. Then return no results.
    GoRuntime { func: Value, args: Values },
}

impl NativeStep {
    /// Returns no results.
    pub fn unit() -> NativeStep {
        NativeStep::Return(Values::new())
    }
    /// Returns one result.
    pub fn one(v: Value) -> NativeStep {
        let mut vs = Values::new();
        vs.push(v);
        NativeStep::Return(vs)
    }
}

/// Natives by qualified name (`"fmt.Println"`, `"strings.Builder.WriteString"`).
#[derive(Default, Clone)]
pub struct NativeRegistry {
    natives: HashMap<String, NativeFn>,
}

impl NativeRegistry {
    pub fn new() -> NativeRegistry {
        NativeRegistry::default()
    }
    pub fn register(&mut self, name: impl Into<String>, f: NativeFn) {
        self.natives.insert(name.into(), f);
    }
    pub fn get(&self, name: &str) -> Option<NativeFn> {
        self.natives.get(name).copied()
    }
    pub fn contains(&self, name: &str) -> bool {
        self.natives.contains_key(name)
    }
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.natives.keys().map(|s| s.as_str())
    }
}
