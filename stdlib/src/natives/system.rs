//! Owns the natives of packages `runtime` and `sync`: scheduling hints, and
//! the blocking primitives (parking on the primitive's struct through
//! `NativeStep::Block`, retried when a release wakes it: `Unlock` wakes one
//! waiter, a WaitGroup reaching zero, `RWMutex.Unlock` and the last
//! `RUnlock` wake all). Receivers are pointers to structs laid out as the API
//! files declare them:
//! `sync.WaitGroup{state int64; sema uint32}` (field 0 is the counter),
//! `sync.Mutex{state int32; sema uint32}` (state 1 = locked),
//! `sync.RWMutex{w Mutex; writerSem, readerSem uint32; readerCount, readerWait int32}`.
//! Must not know the scheduler's internals.

use crate::glue::{self, int_arg};
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, ObjRef, Value, WaitReason};

// ---- runtime ----

fn gosched(_: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::Yield
}

fn num_goroutine(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(ctx.num_goroutines as i64))
}

fn gc(_: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::unit()
}

// ---- sync ----

/// The struct a `*sync.T` receiver points to.
fn fields(ctx: &NativeCtx, recv: Value) -> Option<ObjRef> {
    glue::receiver_struct(ctx.heap, recv)
}

fn get(ctx: &NativeCtx, obj: ObjRef, i: usize) -> Value {
    ctx.heap.agg(obj).get(i).copied().unwrap_or_default()
}

fn set(ctx: &mut NativeCtx, obj: ObjRef, i: usize, v: Value) {
    if let Some(slot) = ctx.heap.agg_mut(obj).get_mut(i) {
        *slot = v;
    }
}

fn nil_receiver(ctx: &mut NativeCtx) -> NativeStep {
    glue::nil_deref(ctx)
}

fn wg_add_delta(ctx: &mut NativeCtx, recv: Value, delta: i64) -> NativeStep {
    let Some(wg) = fields(ctx, recv) else { return nil_receiver(ctx) };
    let n = get(ctx, wg, 0).as_int() + delta;
    if n < 0 {
        return glue::panic_string(ctx, "sync: negative WaitGroup counter");
    }
    set(ctx, wg, 0, Value::Int(n));
    if n == 0 {
        ctx.wake_all(wg);
    }
    NativeStep::unit()
}

fn wg_add(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    wg_add_delta(ctx, glue::arg(args, 0), int_arg(args, 1))
}

fn wg_done(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    wg_add_delta(ctx, glue::arg(args, 0), -1)
}

fn wg_wait(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(wg) = fields(ctx, glue::arg(args, 0)) else { return nil_receiver(ctx) };
    if get(ctx, wg, 0).as_int() > 0 {
        return NativeStep::Block(WaitReason::WaitGroupWait, wg);
    }
    NativeStep::unit()
}

/// `Mutex{state int32; sema uint32}`: `state` is 1 while locked.
fn mutex_state(ctx: &NativeCtx, m: ObjRef) -> bool {
    get(ctx, m, 0).as_int() != 0
}

fn set_mutex_state(ctx: &mut NativeCtx, m: ObjRef, locked: bool) {
    set(ctx, m, 0, Value::Int(locked as i64));
}

fn mutex_lock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(m) = fields(ctx, glue::arg(args, 0)) else { return nil_receiver(ctx) };
    if mutex_state(ctx, m) {
        return NativeStep::Block(WaitReason::MutexLock, m);
    }
    set_mutex_state(ctx, m, true);
    NativeStep::unit()
}

fn mutex_try_lock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(m) = fields(ctx, glue::arg(args, 0)) else { return nil_receiver(ctx) };
    if mutex_state(ctx, m) {
        return NativeStep::one(Value::Bool(false));
    }
    set_mutex_state(ctx, m, true);
    NativeStep::one(Value::Bool(true))
}

fn mutex_unlock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(m) = fields(ctx, glue::arg(args, 0)) else { return nil_receiver(ctx) };
    if !mutex_state(ctx, m) {
        return NativeStep::Fatal("sync: unlock of unlocked mutex".into());
    }
    set_mutex_state(ctx, m, false);
    ctx.wake_one(m);
    NativeStep::unit()
}

/// `RWMutex{w Mutex; writerSem, readerSem uint32; readerCount, readerWait int32}`:
/// a writer first takes `w` (writers queue there, as in Go), then waits for the
/// active readers (`readerCount`) to leave, its goroutine id in `writerSem`
/// meanwhile; while `w` is held new readers block, so a waiting writer is not
/// starved (and a recursive RLock deadlocks, as Go documents).
const PENDING_WRITER: usize = 1;
const READER_COUNT: usize = 3;

/// The writer mutex of an RWMutex (its field 0, an owned struct).
fn rw_writer(ctx: &NativeCtx, rw: ObjRef) -> Option<ObjRef> {
    match get(ctx, rw, 0) {
        Value::Struct(w) => Some(w),
        _ => None,
    }
}

fn rw_lock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some((rw, w)) = fields(ctx, glue::arg(args, 0)).and_then(|rw| Some((rw, rw_writer(ctx, rw)?))) else { return nil_receiver(ctx) };
    let me = ctx.goroutine as i64;
    if mutex_state(ctx, w) {
        if get(ctx, rw, PENDING_WRITER).as_int() != me {
            // Another writer holds or waits: queue on `w`.
            return NativeStep::Block(WaitReason::MutexLock, rw);
        }
    } else {
        set_mutex_state(ctx, w, true);
        set(ctx, rw, PENDING_WRITER, Value::Int(me));
    }
    if get(ctx, rw, READER_COUNT).as_int() > 0 {
        return NativeStep::Block(WaitReason::RWMutexLock, rw);
    }
    set(ctx, rw, PENDING_WRITER, Value::Int(0));
    NativeStep::unit()
}

fn rw_unlock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some((rw, w)) = fields(ctx, glue::arg(args, 0)).and_then(|rw| Some((rw, rw_writer(ctx, rw)?))) else { return nil_receiver(ctx) };
    if !mutex_state(ctx, w) {
        return NativeStep::Fatal("sync: Unlock of unlocked RWMutex".into());
    }
    set_mutex_state(ctx, w, false);
    ctx.wake_all(rw);
    NativeStep::unit()
}

fn rw_rlock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some((rw, w)) = fields(ctx, glue::arg(args, 0)).and_then(|rw| Some((rw, rw_writer(ctx, rw)?))) else { return nil_receiver(ctx) };
    if mutex_state(ctx, w) {
        return NativeStep::Block(WaitReason::RWMutexRLock, rw);
    }
    let readers = get(ctx, rw, READER_COUNT).as_int();
    set(ctx, rw, READER_COUNT, Value::Int(readers + 1));
    NativeStep::unit()
}

fn rw_runlock(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some(rw) = fields(ctx, glue::arg(args, 0)) else { return nil_receiver(ctx) };
    let readers = get(ctx, rw, READER_COUNT).as_int();
    if readers <= 0 {
        return NativeStep::Fatal("sync: RUnlock of unlocked RWMutex".into());
    }
    set(ctx, rw, READER_COUNT, Value::Int(readers - 1));
    if readers == 1 {
        ctx.wake_all(rw);
    }
    NativeStep::unit()
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("runtime.Gosched", gosched),
        ("runtime.NumGoroutine", num_goroutine),
        ("runtime.GC", gc),
        ("sync.(*WaitGroup).Add", wg_add),
        ("sync.(*WaitGroup).Done", wg_done),
        ("sync.(*WaitGroup).Wait", wg_wait),
        ("sync.(*Mutex).Lock", mutex_lock),
        ("sync.(*Mutex).Unlock", mutex_unlock),
        ("sync.(*Mutex).TryLock", mutex_try_lock),
        ("sync.(*RWMutex).Lock", rw_lock),
        ("sync.(*RWMutex).Unlock", rw_unlock),
        ("sync.(*RWMutex).RLock", rw_rlock),
        ("sync.(*RWMutex).RUnlock", rw_runlock),
    ];
    for (name, f) in table {
        r.register(*name, *f);
    }
}
