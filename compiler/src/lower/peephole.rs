//! Owns the peephole pass over a finished function's code (after
//! `branch::relax_long_jumps`): rewrites of an instruction in place, using the
//! one after it, that save a dispatch without moving any instruction (jump
//! targets, the line table and the epilogue stay valid). Must not know how
//! the code was produced beyond the instruction set's meaning.

use minigo_vm::bytecode::{FuncProto, Instr, ShortJump};

/// Runs every rewrite over `proto`'s code.
pub(crate) fn run(proto: &mut FuncProto) {
    fuse_loop_increments(proto);
    forward_returned_moves(proto);
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
