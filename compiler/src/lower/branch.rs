//! Owns lowering conditions to branches: `if`/`for` conditions become jumps
//! taken when the condition has a given truth value — `&&`, `||` and `!` as
//! control flow, integer comparisons as fused compare-and-branch instructions
//! (`JumpIfLtInt`, `JumpIfGeIntImm`, …), anything else as the value then
//! `JumpIf`/`JumpIfNot`. Also owns `relax_long_jumps`, which rewrites the rare
//! fused branch whose target lies beyond its `i16` offset into the unfused
//! sequence. Must not know how the VM executes branches.

use super::func::FuncBuilder;
use super::types::Repr;
use crate::info::Mode;
use minigo_grammar::ast::{BinOp, Expr, ExprKind, UnOp};
use minigo_vm::bytecode::{Const, ConstIdx, FuncProto, Instr, IntKind, JumpOffset, Reg, ShortConst, ShortJump};
use std::collections::HashMap;

impl<'p, 'a> FuncBuilder<'p, 'a> {
    /// Emits code that jumps when `cond` evaluates to `when` and falls through
    /// otherwise; returns the jumps to patch to the target.
    pub fn branch_if(&mut self, cond: &Expr, when: bool) -> Vec<usize> {
        if let Some(Mode::Constant(crate::constant::ConstValue::Bool(b))) = self.tv(cond).map(|t| &t.mode) {
            return if *b == when { vec![self.emit_jump()] } else { Vec::new() };
        }
        match &cond.kind {
            ExprKind::Paren(x) => self.branch_if(x, when),
            ExprKind::Unary(UnOp::Not, x) => self.branch_if(x, !when),
            ExprKind::Binary(op @ (BinOp::LogAnd | BinOp::LogOr), a, b) => {
                let is_and = *op == BinOp::LogAnd;
                if when != is_and {
                    // `a && b` is false (`a || b` true) as soon as one operand is.
                    let mut jumps = self.branch_if(a, when);
                    jumps.extend(self.branch_if(b, when));
                    jumps
                } else {
                    // Both operands decide: skip `b` when `a` already settles it the other way.
                    let skip = self.branch_if(a, !when);
                    let jumps = self.branch_if(b, when);
                    for j in skip {
                        self.patch_to_here(j);
                    }
                    jumps
                }
            }
            ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), a, b) => {
                match self.int_compare_branch(cond, *op, a, b, when) {
                    Some(j) => vec![j],
                    None => self.value_branch(cond, when),
                }
            }
            _ => self.value_branch(cond, when),
        }
    }

    /// The condition's value in a temporary, then `JumpIf`/`JumpIfNot`.
    fn value_branch(&mut self, cond: &Expr, when: bool) -> Vec<usize> {
        let r = self.alloc();
        self.expr_to(cond, r);
        let j = self.emit_jump_if(r, when);
        self.release(r.0);
        vec![j]
    }

    /// A fused compare-and-branch for a comparison of two integers (any kind
    /// but uint64/uint, whose order is unsigned); `None` for other operands.
    fn int_compare_branch(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, when: bool) -> Option<usize> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let tt = &self.prog.checked.types;
        if tt.is_interface(ta) || tt.is_interface(tb) {
            return None;
        }
        let ty = if tt.is_untyped(ta) { tb } else { ta };
        let Repr::Int(kind) = self.repr_of(ty) else { return None };
        if kind == IntKind::U64 {
            return None;
        }
        let op = if when { op } else { negate(op) };
        let off = ShortJump(0);
        let mark = self.mark();
        let instr = if let Some(imm) = self.small_int_const(b, kind) {
            let a = self.operand(a);
            imm_branch(op, a, imm, off)
        } else if let Some(imm) = self.small_int_const(a, kind) {
            let b = self.operand(b);
            imm_branch(swap(op), b, imm, off)
        } else if let Some(k) = self.short_int_const(b, kind) {
            let a = self.operand(a);
            const_branch(op, a, k, off)
        } else if let Some(k) = self.short_int_const(a, kind) {
            let b = self.operand(b);
            const_branch(swap(op), b, k, off)
        } else {
            let ra = self.operand(a);
            let rb = self.operand(b);
            match op {
                BinOp::Eq => Instr::JumpIfEqInt { a: ra, b: rb, off },
                BinOp::Ne => Instr::JumpIfNeInt { a: ra, b: rb, off },
                BinOp::Lt => Instr::JumpIfLtInt { a: ra, b: rb, off },
                BinOp::Le => Instr::JumpIfLeInt { a: ra, b: rb, off },
                BinOp::Gt => Instr::JumpIfLtInt { a: rb, b: ra, off },
                _ => Instr::JumpIfLeInt { a: rb, b: ra, off },
            }
        };
        self.set_line(e.span);
        let j = self.emit(instr);
        self.release(mark);
        Some(j)
    }

    /// The value of `e` as an `i16` immediate when it is an integer constant
    /// that fits (as stored in a register of integer kind `kind`).
    pub fn small_int_const(&self, e: &Expr, kind: IntKind) -> Option<i16> {
        i16::try_from(self.int_const(e, kind)?).ok()
    }

    /// The value of `e` as stored in a register of integer kind `kind`, when it
    /// is an integer constant.
    pub fn int_const(&self, e: &Expr, kind: IntKind) -> Option<i64> {
        let Some(Mode::Constant(v)) = self.tv(e).map(|t| &t.mode) else { return None };
        let b = v.as_int()?;
        let i = if kind == IntKind::U64 { b.to_bits64() as i64 } else { b.to_i128() as i64 };
        Some(kind.wrap(i))
    }

    /// `e` as a 16-bit constant-pool operand when it is an integer constant.
    fn short_int_const(&mut self, e: &Expr, kind: IntKind) -> Option<ShortConst> {
        let c = self.int_const(e, kind)?;
        u16::try_from(self.konst(Const::Int(c)).0).ok().map(ShortConst)
    }
}

/// The comparison true exactly when `op` is false.
fn negate(op: BinOp) -> BinOp {
    match op {
        BinOp::Eq => BinOp::Ne,
        BinOp::Ne => BinOp::Eq,
        BinOp::Lt => BinOp::Ge,
        BinOp::Ge => BinOp::Lt,
        BinOp::Le => BinOp::Gt,
        _ => BinOp::Le,
    }
}

/// The comparison with its operands swapped (`a < b` is `b > a`).
fn swap(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Gt => BinOp::Lt,
        BinOp::Le => BinOp::Ge,
        BinOp::Ge => BinOp::Le,
        other => other,
    }
}

fn imm_branch(op: BinOp, a: Reg, imm: i16, off: ShortJump) -> Instr {
    match op {
        BinOp::Eq => Instr::JumpIfEqIntImm { a, imm, off },
        BinOp::Ne => Instr::JumpIfNeIntImm { a, imm, off },
        BinOp::Lt => Instr::JumpIfLtIntImm { a, imm, off },
        BinOp::Le => Instr::JumpIfLeIntImm { a, imm, off },
        BinOp::Gt => Instr::JumpIfGtIntImm { a, imm, off },
        _ => Instr::JumpIfGeIntImm { a, imm, off },
    }
}

fn const_branch(op: BinOp, a: Reg, k: ShortConst, off: ShortJump) -> Instr {
    match op {
        BinOp::Eq => Instr::JumpIfEqIntK { a, k, off },
        BinOp::Ne => Instr::JumpIfNeIntK { a, k, off },
        BinOp::Lt => Instr::JumpIfLtIntK { a, k, off },
        BinOp::Le => Instr::JumpIfLeIntK { a, k, off },
        BinOp::Gt => Instr::JumpIfGtIntK { a, k, off },
        _ => Instr::JumpIfGeIntK { a, k, off },
    }
}

/// The unfused equivalent of a fused branch, computing the comparison into
/// `scratch`; the jump (offset left 0) is the last instruction.
fn unfuse(instr: Instr, s: Reg) -> Vec<Instr> {
    use Instr::*;
    let jump = JumpIf { cond: s, off: JumpOffset(0) };
    let cmp = match instr {
        JumpIfEqInt { a, b, .. } => EqInt { dst: s, a, b },
        JumpIfNeInt { a, b, .. } => NeInt { dst: s, a, b },
        JumpIfLtInt { a, b, .. } => LtInt { dst: s, a, b },
        JumpIfLeInt { a, b, .. } => LeInt { dst: s, a, b },
        JumpIfEqIntImm { a, imm, .. } | JumpIfNeIntImm { a, imm, .. } | JumpIfLtIntImm { a, imm, .. } | JumpIfLeIntImm { a, imm, .. } | JumpIfGtIntImm { a, imm, .. } | JumpIfGeIntImm { a, imm, .. } => {
            let cmp = match instr {
                JumpIfEqIntImm { .. } => EqInt { dst: s, a, b: s },
                JumpIfNeIntImm { .. } => NeInt { dst: s, a, b: s },
                JumpIfLtIntImm { .. } => LtInt { dst: s, a, b: s },
                JumpIfLeIntImm { .. } => LeInt { dst: s, a, b: s },
                JumpIfGtIntImm { .. } => LtInt { dst: s, a: s, b: a },
                _ => LeInt { dst: s, a: s, b: a },
            };
            return vec![LoadInt { dst: s, value: imm as i32 }, cmp, jump];
        }
        JumpIfEqIntK { a, k, .. } | JumpIfNeIntK { a, k, .. } | JumpIfLtIntK { a, k, .. } | JumpIfLeIntK { a, k, .. } | JumpIfGtIntK { a, k, .. } | JumpIfGeIntK { a, k, .. } => {
            let cmp = match instr {
                JumpIfEqIntK { .. } => EqInt { dst: s, a, b: s },
                JumpIfNeIntK { .. } => NeInt { dst: s, a, b: s },
                JumpIfLtIntK { .. } => LtInt { dst: s, a, b: s },
                JumpIfLeIntK { .. } => LeInt { dst: s, a, b: s },
                JumpIfGtIntK { .. } => LtInt { dst: s, a: s, b: a },
                _ => LeInt { dst: s, a: s, b: a },
            };
            return vec![LoadConst { dst: s, k: ConstIdx(k.0 as u32) }, cmp, jump];
        }
        IncJumpIfLtInt { a, b, .. } => return vec![AddIntImm { dst: a, a, imm: 1 }, LtInt { dst: s, a, b }, jump],
        IncJumpIfLtIntImm { a, imm, .. } => return [AddIntImm { dst: a, a, imm: 1 }].into_iter().chain(unfuse(JumpIfLtIntImm { a, imm, off: ShortJump(0) }, s)).collect(),
        IncJumpIfLtIntK { a, k, .. } => return [AddIntImm { dst: a, a, imm: 1 }].into_iter().chain(unfuse(JumpIfLtIntK { a, k, off: ShortJump(0) }, s)).collect(),
        other => return vec![other],
    };
    vec![cmp, jump]
}


/// Rewrites every fused branch of `proto` whose target (`long`: pc → target
/// pc, for branches whose offset did not fit) lies out of its `i16` reach into
/// the unfused sequence (with one extra scratch register), remapping every
/// jump, the line table and the epilogue. Repeats until every branch fits.
pub(crate) fn relax_long_jumps(proto: &mut FuncProto, long: &[(usize, usize)]) {
    if long.is_empty() {
        return;
    }
    let scratch = Reg(proto.num_regs);
    proto.num_regs += 1;
    let old_code = std::mem::take(&mut proto.code);
    let old_lines = std::mem::take(&mut proto.lines);
    // Every jump's target as an old pc.
    let mut targets: HashMap<usize, usize> = HashMap::new();
    for (pc, i) in old_code.iter().enumerate() {
        if let Some(off) = i.jump_offset() {
            targets.insert(pc, (pc as i64 + 1 + off as i64) as usize);
        }
    }
    let mut expand: HashMap<usize, usize> = long.iter().copied().collect();
    targets.extend(expand.iter().map(|(&p, &t)| (p, t)));
    loop {
        let mut start = Vec::with_capacity(old_code.len() + 1);
        let mut len = 0usize;
        for (pc, i) in old_code.iter().enumerate() {
            start.push(len);
            len += if expand.contains_key(&pc) { unfuse(*i, scratch).len() } else { 1 };
        }
        start.push(len);
        let mut code = Vec::with_capacity(len);
        let mut lines = Vec::with_capacity(len);
        let mut overflow = Vec::new();
        for (pc, i) in old_code.iter().enumerate() {
            let seq = if expand.contains_key(&pc) { unfuse(*i, scratch) } else { vec![*i] };
            for ins in seq {
                let at = code.len();
                let ins = match (ins.jump_offset(), targets.get(&pc)) {
                    (Some(_), Some(&t)) => {
                        let off = start[t] as i32 - at as i32 - 1;
                        ins.with_jump_offset(off).unwrap_or_else(|| {
                            overflow.push(pc);
                            ins
                        })
                    }
                    _ => ins,
                };
                code.push(ins);
                lines.push(old_lines.get(pc).copied().unwrap_or(0));
            }
        }
        if overflow.is_empty() {
            proto.code = code;
            proto.lines = lines;
            if let Some(e) = proto.epilogue {
                proto.epilogue = Some(start[e as usize] as u32);
            }
            return;
        }
        for pc in overflow {
            expand.insert(pc, targets[&pc]);
        }
    }
}
