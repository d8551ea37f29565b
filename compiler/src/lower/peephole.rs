//! Owns the peephole pass over a finished function's code (after
//! `branch::relax_long_jumps`): rewrites of an instruction in place, using the
//! one after it, that save a dispatch without moving any instruction (jump
//! targets, the line table and the epilogue stay valid). Must not know how
//! the code was produced beyond the instruction set's meaning.

use minigo_vm::bytecode::{FuncProto, Instr, ShortJump};

/// Runs every rewrite over `proto`'s code.
pub(crate) fn run(proto: &mut FuncProto) {
    fuse_loop_increments(proto);
    forward_stored_captures(proto);
    forward_returned_moves(proto);
}

/// Whether each pc is entered other than by falling through from the one
/// before it: a jump target or the `RunDefers` epilogue (where a recovered
/// panic resumes).
fn entry_points(proto: &FuncProto) -> Vec<bool> {
    let mut entry = vec![false; proto.code.len() + 1];
    for (pc, instr) in proto.code.iter().enumerate() {
        if let Some(off) = instr.jump_offset() {
            let target = pc as i64 + 1 + off as i64;
            if let Some(slot) = usize::try_from(target).ok().and_then(|t| entry.get_mut(t)) {
                *slot = true;
            }
        }
    }
    if let Some(pc) = proto.epilogue {
        if let Some(slot) = entry.get_mut(pc as usize) {
            *slot = true;
        }
    }
    entry
}

/// The register an instruction fills with a freshly computed integer.
fn int_result(instr: Instr) -> Option<minigo_vm::bytecode::Reg> {
    use Instr::*;
    match instr {
        LoadInt { dst, .. } | AddInt { dst, .. } | AddIntImm { dst, .. } | AddIntK { dst, .. } | SubInt { dst, .. } | MulInt { dst, .. } | MulIntK { dst, .. } => Some(dst),
        AndInt { dst, .. } | AndIntK { dst, .. } | OrInt { dst, .. } | OrIntK { dst, .. } | XorInt { dst, .. } | XorIntK { dst, .. } => Some(dst),
        _ => None,
    }
}

/// `StoreCaptured k rX` of an integer just computed into `rX`, then
/// `LoadCaptured rY k`: the load reads back the integer stored one
/// instruction earlier (nothing can run in between: no call, no preemption
/// point), so it becomes `Move rY rX` — or, when `rY` is `rX` and a
/// `Return rX 1` follows, that `Return` (`n++; return n` in a closure).
/// Neither the store nor the load may be entered other than by falling
/// through, and `rX` is an integer (never an aggregate, whose store copies
/// it into the captured one).
fn forward_stored_captures(proto: &mut FuncProto) {
    let entry = entry_points(proto);
    for pc in 1..proto.code.len().saturating_sub(1) {
        let (Instr::StoreCaptured { idx: stored, src }, Instr::LoadCaptured { dst, idx }) = (proto.code[pc], proto.code[pc + 1]) else { continue };
        if stored != idx || entry[pc] || entry[pc + 1] || int_result(proto.code[pc - 1]) != Some(src) {
            continue;
        }
        proto.code[pc + 1] = match proto.code.get(pc + 2) {
            Some(&Instr::Return { a, n: 1 }) if dst == src && a == src => Instr::Return { a, n: 1 },
            _ => Instr::Move { dst, src },
        };
    }
}

/// Fuses a counted loop's increment `AddIntImm r r 1` with the backward
/// `JumpIfLt*` testing `r` right after it into one `IncJumpIfLt*` (Lua's
/// FORLOOP): one dispatch per iteration fewer. The plain test stays behind
/// the fused instruction, since the loop's entry (and `continue`) may jump to
/// it; after the fused instruction it only falls through, so behaviour is
/// unchanged wherever control arrives.
fn fuse_loop_increments(proto: &mut FuncProto) {
    use Instr::*;
    for pc in 0..proto.code.len().saturating_sub(1) {
        let AddIntImm { dst, a, imm: 1 } = proto.code[pc] else { continue };
        if dst != a {
            continue;
        }
        // The fused jump is one instruction earlier, so its offset is one more.
        let fused = match proto.code[pc + 1] {
            JumpIfLtInt { a: r, b, off } if r == a && off.0 < 0 => IncJumpIfLtInt { a, b, off: ShortJump(off.0 + 1) },
            JumpIfLtIntImm { a: r, imm, off } if r == a && off.0 < 0 => IncJumpIfLtIntImm { a, imm, off: ShortJump(off.0 + 1) },
            JumpIfLtIntK { a: r, k, off } if r == a && off.0 < 0 => IncJumpIfLtIntK { a, k, off: ShortJump(off.0 + 1) },
            _ => continue,
        };
        proto.code[pc] = fused;
    }
}

/// `Move rX rY` right before `Return rX 1` becomes `Return rY 1`: the moved
/// register is returned directly (the `Return` behind it stays for any jump
/// to it; after the new one it never runs).
fn forward_returned_moves(proto: &mut FuncProto) {
    for pc in 0..proto.code.len().saturating_sub(1) {
        if let (Instr::Move { dst, src }, Instr::Return { a, n: 1 }) = (proto.code[pc], proto.code[pc + 1]) {
            if a == dst {
                proto.code[pc] = Instr::Return { a: src, n: 1 };
            }
        }
    }
}
