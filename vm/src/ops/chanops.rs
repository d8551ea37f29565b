//! Owns the channel instructions (make, send, receive, close, select) on top of
//! `chan.rs`: the rendezvous of parked senders/receivers through hand-offs and
//! park generations, waking parked goroutines (a hand-off, or a retry when the
//! channel is closed), Go's channel panics, nil channels blocking forever and
//! pseudo-random choice among ready select cases. A parked instruction is
//! re-executed when its goroutine is woken.
//! Must not know scheduling policy beyond the hand-off tables.

use crate::bytecode::{Instr, TypeId};
use crate::chan::{ChanObj, Waiter};
use crate::goroutine::{Goroutine, Handoff};
use crate::heap::{Heap, Obj};
use crate::interp::{Flow, SliceEnd};
use crate::native::{WaitReason, Wake};
use crate::unwind;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use smallvec::SmallVec;
use std::collections::VecDeque;

pub(crate) fn make(vm: &mut Vm, elem: TypeId, size: Value) -> Result<Value, Value> {
    let n = size.as_int();
    if !(0..=(crate::ops::slice::MAX_ELEMS as i64)).contains(&n) {
        return Err(vm.rt.plain(&mut vm.heap, "makechan: size out of range"));
    }
    Ok(Value::Chan(vm.heap.alloc(Obj::Chan(Box::new(ChanObj::new(elem, n as usize))))))
}

fn chan(heap: &mut Heap, c: ObjRef) -> &mut ChanObj {
    match heap.get_mut(c) {
        Obj::Chan(ch) => ch,
        other => panic!("heap: expected a channel, found {other:?}"),
    }
}

/// `close(ch)` (shared with the deferrable builtin, which asks for the
/// wake-up through `NativeCtx::wake_all`): returns the channel whose parked
/// goroutines must be woken (`wake_channel_waiters`).
pub fn close_chan(heap: &mut Heap, ch: Value) -> Result<ObjRef, &'static str> {
    match ch {
        Value::Chan(c) => {
            let ch = chan(heap, c);
            if ch.closed {
                return Err("close of closed channel");
            }
            ch.closed = true;
            Ok(c)
        }
        _ => Err("close of nil channel"),
    }
}

/// Wakes every goroutine parked on channel `c` (it was closed): each
/// re-executes its operation and sees the channel closed.
fn wake_channel_waiters(vm: &mut Vm, c: ObjRef) {
    loop {
        let ch = chan(&mut vm.heap, c);
        let Some(w) = ch.recvq.pop_front().or_else(|| ch.sendq.pop_front()) else { break };
        if vm.sched.is_parked(w.g, w.gen) {
            vm.sched.wake(w.g, None);
        }
    }
}

/// Carries out a wake-up a native asked for: goroutines parked on the object
/// in a native and, if it is a channel, those parked on it.
pub(crate) fn wake(vm: &mut Vm, wake: Wake) {
    if matches!(vm.heap.get_mut(wake.on), Obj::Chan(_)) {
        wake_channel_waiters(vm, wake.on);
    }
    vm.sched.wake_object_waiters(wake);
}

/// Completes the wait of a parked goroutine with hand-off `h` and makes it runnable.
fn complete(vm: &mut Vm, w: Waiter, h: Handoff) {
    vm.sched.wake(w.g, Some(h));
}

/// Pops the first live parked receiver of `c`.
fn pop_receiver(vm: &mut Vm, c: ObjRef) -> Option<Waiter> {
    loop {
        let w = chan(&mut vm.heap, c).recvq.pop_front()?;
        if vm.sched.is_parked(w.g, w.gen) {
            return Some(w);
        }
    }
}

/// Pops the first live parked sender of `c`.
fn pop_sender(vm: &mut Vm, c: ObjRef) -> Option<Waiter> {
    loop {
        let w = chan(&mut vm.heap, c).sendq.pop_front()?;
        if vm.sched.is_parked(w.g, w.gen) {
            return Some(w);
        }
    }
}

fn has_receiver(vm: &mut Vm, c: ObjRef) -> bool {
    let sched = &vm.sched;
    chan(&mut vm.heap, c).recvq.iter().any(|w| sched.is_parked(w.g, w.gen))
}

fn has_sender(vm: &mut Vm, c: ObjRef) -> bool {
    let sched = &vm.sched;
    chan(&mut vm.heap, c).sendq.iter().any(|w| sched.is_parked(w.g, w.gen))
}

/// Tries to send now. Ok(true) sent, Ok(false) would block, Err: closed.
fn try_send(vm: &mut Vm, c: ObjRef, v: Value) -> Result<bool, ()> {
    if chan(&mut vm.heap, c).closed {
        return Err(());
    }
    if let Some(w) = pop_receiver(vm, c) {
        let h = if w.is_select { Handoff::Selected { index: w.case, value: v, ok: true } } else { Handoff::Received(v, true) };
        complete(vm, w, h);
        return Ok(true);
    }
    let ch = chan(&mut vm.heap, c);
    if ch.buf.len() < ch.cap {
        ch.buf.push_back(v);
        return Ok(true);
    }
    Ok(false)
}

/// Tries to receive now: Some((value, ok)) or None (would block).
fn try_recv(vm: &mut Vm, c: ObjRef) -> Option<(Value, bool)> {
    if let Some(v) = chan(&mut vm.heap, c).buf.pop_front() {
        // Refill the buffer from a parked sender.
        if let Some(w) = pop_sender(vm, c) {
            chan(&mut vm.heap, c).buf.push_back(w.value);
            let h = if w.is_select { Handoff::Selected { index: w.case, value: Value::Nil, ok: false } } else { Handoff::Sent };
            complete(vm, w, h);
        }
        return Some((v, true));
    }
    if let Some(w) = pop_sender(vm, c) {
        let h = if w.is_select { Handoff::Selected { index: w.case, value: Value::Nil, ok: false } } else { Handoff::Sent };
        let v = w.value;
        complete(vm, w, h);
        return Some((v, true));
    }
    if chan(&mut vm.heap, c).closed {
        let elem = chan(&mut vm.heap, c).elem;
        let module = vm.module.clone();
        return Some((crate::zero::zero_value(&mut vm.heap, &module, elem), false));
    }
    None
}

/// Parks the current goroutine: the instruction is retried later.
fn park(g: &mut Goroutine, reason: WaitReason) -> Flow {
    if let Some(f) = g.frames.last_mut() {
        f.pc -= 1;
    }
    Flow::End(SliceEnd::Blocked(reason))
}

/// Registers the current goroutine as a waiter on each `(channel, is_send,
/// case, value)`. Waiters whose goroutine moved on (a select woken by another
/// case) stay queued until popped; `push_waiter` keeps them from piling up.
fn register(vm: &mut Vm, g: &mut Goroutine, regs: &[(ObjRef, bool, u32, Value)]) {
    let slot = vm.sched.current;
    let gen = vm.sched.park_gens[slot];
    g.park_gen = gen;
    g.parked = true;
    for &(c, is_send, case, value) in regs {
        let w = Waiter { g: slot, gen, case, value, is_select: regs.len() > 1 || case != u32::MAX };
        let sched = &vm.sched;
        let ch = chan(&mut vm.heap, c);
        push_waiter(if is_send { &mut ch.sendq } else { &mut ch.recvq }, w, |w| sched.is_parked(w.g, w.gen));
    }
}

/// Queues `w`, first dropping stale waiters: those at the front, and all of
/// them whenever the queue's length reaches a power of two (amortised O(1)).
fn push_waiter(q: &mut VecDeque<Waiter>, w: Waiter, live: impl Fn(&Waiter) -> bool) {
    while q.front().is_some_and(|f| !live(f)) {
        q.pop_front();
    }
    if q.len() >= 32 && q.len().is_power_of_two() {
        q.retain(&live);
    }
    q.push_back(w);
}

/// The operation completed by the goroutine itself: drop its registrations.
fn done(vm: &mut Vm, g: &mut Goroutine) {
    if g.parked {
        vm.sched.park_gens[vm.sched.current] += 1;
        g.parked = false;
    }
}

fn panic_plain(vm: &mut Vm, g: &mut Goroutine, text: &str) -> Flow {
    let p = vm.rt.plain(&mut vm.heap, text);
    unwind::start_panic(vm, g, p)
}

/// Executes a channel instruction.
pub(crate) fn exec(vm: &mut Vm, g: &mut Goroutine, instr: Instr, base: usize) -> Flow {
    let handoff = vm.sched.handoffs[vm.sched.current].take();
    if handoff.is_some() {
        g.parked = false;
    }
    match instr {
        Instr::Send { ch, src } => {
            match handoff {
                Some(Handoff::Sent) | Some(Handoff::Selected { .. }) => return Flow::Continue,
                Some(Handoff::SendClosed) => return panic_plain(vm, g, "send on closed channel"),
                _ => {}
            }
            let Value::Chan(c) = g.regs[base + ch.0 as usize] else { return park(g, WaitReason::ChanSendNilChan) };
            let v = g.regs[base + src.0 as usize];
            match try_send(vm, c, v) {
                Ok(true) => {
                    done(vm, g);
                    Flow::Continue
                }
                Ok(false) => {
                    register(vm, g, &[(c, true, u32::MAX, v)]);
                    park(g, WaitReason::ChanSend)
                }
                Err(()) => {
                    done(vm, g);
                    panic_plain(vm, g, "send on closed channel")
                }
            }
        }
        Instr::Recv { .. } | Instr::RecvOk { .. } => {
            let (chan_reg, dst, ok_dst) = match instr {
                Instr::Recv { dst, ch } => (ch, dst.0 as usize, None),
                Instr::RecvOk { a } => (a, a.0 as usize, Some(a.0 as usize + 1)),
                _ => unreachable!(),
            };
            let got = match handoff {
                Some(Handoff::Received(v, ok)) => Some((v, ok)),
                _ => None,
            };
            let got = match got {
                Some(x) => x,
                None => {
                    let Value::Chan(c) = g.regs[base + chan_reg.0 as usize] else { return park(g, WaitReason::ChanReceiveNilChan) };
                    match try_recv(vm, c) {
                        Some(x) => {
                            done(vm, g);
                            x
                        }
                        None => {
                            register(vm, g, &[(c, false, u32::MAX, Value::Nil)]);
                            return park(g, WaitReason::ChanReceive);
                        }
                    }
                }
            };
            g.regs[base + dst] = got.0;
            if let Some(o) = ok_dst {
                g.regs[base + o] = Value::Bool(got.1);
            }
            Flow::Continue
        }
        Instr::Close { ch } => match close_chan(&mut vm.heap, g.regs[base + ch.0 as usize]) {
            Ok(c) => {
                wake_channel_waiters(vm, c);
                Flow::Continue
            }
            Err(text) => panic_plain(vm, g, text),
        },
        Instr::Select { a, n, has_default } => select(vm, g, base + a.0 as usize, n as usize, has_default, handoff),
        _ => Flow::Continue,
    }
}

fn select(vm: &mut Vm, g: &mut Goroutine, a: usize, n: usize, has_default: bool, handoff: Option<Handoff>) -> Flow {
    let finish = |g: &mut Goroutine, index: i64, value: Value, ok: bool| {
        g.regs[a] = Value::Int(index);
        g.regs[a + 1] = value;
        g.regs[a + 2] = Value::Bool(ok);
        Flow::Continue
    };
    if let Some(Handoff::Selected { index, value, ok }) = handoff {
        return finish(g, index as i64, value, ok);
    }
    // Which cases are ready now?
    let mut ready: SmallVec<[usize; 8]> = SmallVec::new();
    for i in 0..n {
        let is_send = g.regs[a + 3 * i].as_int() == 1;
        let Value::Chan(c) = g.regs[a + 3 * i + 1] else { continue };
        let ch = chan(&mut vm.heap, c);
        let (closed, buffered, has_space) = (ch.closed, !ch.buf.is_empty(), ch.buf.len() < ch.cap);
        let is_ready = if is_send { closed || has_space || has_receiver(vm, c) } else { buffered || closed || has_sender(vm, c) };
        if is_ready {
            ready.push(i);
        }
    }
    if !ready.is_empty() {
        let pick = ready[(vm.sched.next_random() % ready.len() as u64) as usize];
        let is_send = g.regs[a + 3 * pick].as_int() == 1;
        let Value::Chan(c) = g.regs[a + 3 * pick + 1] else { unreachable!() };
        done(vm, g);
        if is_send {
            let v = g.regs[a + 3 * pick + 2];
            return match try_send(vm, c, v) {
                Ok(_) => finish(g, pick as i64, Value::Nil, false),
                Err(()) => panic_plain(vm, g, "send on closed channel"),
            };
        }
        let (v, ok) = try_recv(vm, c).unwrap_or((Value::Nil, false));
        return finish(g, pick as i64, v, ok);
    }
    if has_default {
        done(vm, g);
        return finish(g, -1, Value::Nil, false);
    }
    if n == 0 || (0..n).all(|i| !matches!(g.regs[a + 3 * i + 1], Value::Chan(_))) {
        return park(g, if n == 0 { WaitReason::SelectNoCases } else { WaitReason::Select });
    }
    let regs: SmallVec<[(ObjRef, bool, u32, Value); 8]> = (0..n)
        .filter_map(|i| match g.regs[a + 3 * i + 1] {
            Value::Chan(c) => Some((c, g.regs[a + 3 * i].as_int() == 1, i as u32, g.regs[a + 3 * i + 2])),
            _ => None,
        })
        .collect();
    register(vm, g, &regs);
    park(g, WaitReason::Select)
}
