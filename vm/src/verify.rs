//! Owns the load-time check of a module that lets the dispatch loop skip bounds
//! checks: every register operand is below its function's `num_regs`, every jump
//! lands inside the function, code cannot run off its end, and every index
//! operand (function, type, constant, global, native, method) exists.
//! Must not know what instructions mean beyond their operand kinds.

use crate::bytecode::{Instr, Module, Operand};

/// Why a module was rejected.
pub fn verify_module(m: &Module) -> Result<(), String> {
    for (fi, f) in m.funcs.iter().enumerate() {
        let bad = |what: String| Err(format!("function {fi} ({}): {what}", f.name));
        if f.code.is_empty() {
            return bad("no code".into());
        }
        if f.lines.len() != f.code.len() {
            return bad("line table length differs from code length".into());
        }
        if !matches!(f.code.last(), Some(Instr::Return { .. } | Instr::Jump { .. })) {
            return bad("code does not end with Return or Jump".into());
        }
        if let Some(e) = f.epilogue {
            if e as usize >= f.code.len() {
                return bad("epilogue out of range".into());
            }
        }
        for (pc, instr) in f.code.iter().enumerate() {
            if let Instr::IfaceConst { k, .. } = instr {
                if *k as usize >= f.consts.len() {
                    return bad(format!("pc {pc}: IfaceConst constant {k} out of range"));
                }
            }
            if let Some((base, len)) = window(m, instr) {
                if base as usize + len > f.num_regs as usize {
                    return bad(format!("pc {pc}: {} uses registers r{base}..r{} beyond regs={}", instr.name(), base as usize + len, f.num_regs));
                }
            }
            for (field, op) in instr.operands() {
                let ok = match op {
                    Operand::Reg(r) => (r as usize) < f.num_regs as usize,
                    Operand::Jump(off) => {
                        let t = pc as i64 + 1 + off as i64;
                        t >= 0 && (t as usize) < f.code.len()
                    }
                    Operand::Const(k) => (k as usize) < f.consts.len(),
                    Operand::Func(i) => (i as usize) < m.funcs.len(),
                    Operand::Type(t) => (t as usize) < m.types.len(),
                    Operand::Global(g) => (g as usize) < m.globals.len(),
                    Operand::Native(n) => (n as usize) < m.natives.len(),
                    Operand::Method(x) => (x as usize) < m.method_names.len(),
                    _ => true,
                };
                if !ok {
                    return bad(format!("pc {pc}: {} operand {field} = {op:?} out of range", instr.name()));
                }
            }
        }
    }
    if m.main.0 as usize >= m.funcs.len() {
        return Err("main function out of range".into());
    }
    Ok(())
}

/// The consecutive registers an instruction reads or writes beyond its named
/// operands: (first register, count).
fn window(m: &Module, instr: &Instr) -> Option<(u16, usize)> {
    use Instr::*;
    Some(match *instr {
        SliceStr { a, .. } | AppendStrField { a, .. } | AppendDecimalField { a } | MapGetIntOk { dst: a, .. } | MakeSlice { a, .. } | MapIndex { a, .. } | MapIndexForUpdate { a, .. } | TypeAssertOk { a, .. } | RecvOk { a } | AppendSlice { a, .. } => (a.0, 2),
        SliceSlice { a, .. } | SliceArray { a, .. } | NextMap { a, .. } => (a.0, 3),
        NextRune { a, .. } => (a.0, 4),
        Append { a, n, .. } => (a.0, n as usize + 1),
        MakeClosure { dst, func } => (dst.0, (m.funcs.get(func.0 as usize)?.num_captures as usize).max(1)),
        Select { a, n, .. } => (a.0, (3 * n as usize).max(3)),
        Call { a, nargs, .. } | Defer { a, nargs, .. } | Go { a, nargs, .. } | DeferDirect { a, nargs, .. } | GoDirect { a, nargs, .. } | DeferNative { a, nargs, .. } | GoNative { a, nargs, .. } => (a.0, nargs as usize),
        CallIface { a, nargs, .. } => (a.0, nargs as usize + 1),
        CallNative { a, nargs, .. } => (a.0, nargs as usize),
        Return { a, n } => (a.0, n as usize),
        _ => return None,
    })
}
