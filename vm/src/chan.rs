//! Owns channels: the buffer, the closed flag, and the queues of parked senders
//! and receivers (with the park generation that makes stale waiters skippable);
//! Go's channel panics. Must not know instructions or scheduling policy: it
//! reports which goroutines to wake.

use crate::bytecode::TypeId;
use crate::value::Value;
use std::collections::VecDeque;

/// A goroutine parked on a channel operation (possibly one case of a select).
#[derive(Clone, Copy, Debug)]
pub struct Waiter {
    /// Index of the goroutine in the scheduler's table.
    pub g: usize,
    /// The goroutine's `park_gen` when it parked (stale if it changed).
    pub gen: u64,
    /// For select: the case index; else 0.
    pub case: u32,
    /// For senders: the value offered.
    pub value: Value,
    pub is_select: bool,
}

#[derive(Debug)]
pub struct ChanObj {
    pub elem: TypeId,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
}

impl ChanObj {
    pub fn new(elem: TypeId, cap: usize) -> ChanObj {
        ChanObj { elem, cap, buf: VecDeque::new(), closed: false, recvq: VecDeque::new(), sendq: VecDeque::new() }
    }
}
