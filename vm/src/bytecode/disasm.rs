//! Owns the readable listing of a module's functions (`minigo disasm` and the
//! `tests/disasm/` snapshots). Format per function: a header line, then one line
//! per instruction: `offset line op operands ; comment` (a repeated line prints
//! as `|`). Must not know how instructions execute.

use super::module::{Const, FuncProto, Module};
use super::operand::Operand;
use std::fmt::Write;

/// The listing of every function of the module: the program's own (`main.…`)
/// first, then the stdlib's minigo-bodied functions and generated wrappers,
/// each group in index order.
pub fn disassemble_module(module: &Module) -> String {
    let (own, rest): (Vec<&FuncProto>, Vec<&FuncProto>) = module.funcs.iter().partition(|f| f.name.starts_with("main."));
    let mut out = String::new();
    for (i, f) in own.into_iter().chain(rest).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        disassemble_func(module, f, &mut out);
    }
    out
}

/// The listing of one function.
pub fn disassemble_func(module: &Module, f: &FuncProto, out: &mut String) {
    let _ = writeln!(
        out,
        "func {} params={} results={} regs={}{}",
        f.name,
        f.num_params,
        f.num_results,
        f.num_regs,
        if f.num_captures > 0 { format!(" captures={}", f.num_captures) } else { String::new() }
    );
    let mut prev_line = None;
    for (pc, instr) in f.code.iter().enumerate() {
        let line = f.line_at(pc);
        let line_col = if prev_line == Some(line) { "   |".to_string() } else { format!("{line:4}") };
        prev_line = Some(line);
        let mut text = format!("{pc:04} {line_col} {}", instr.name());
        let mut comments = Vec::new();
        for (field, op) in instr.operands() {
            let _ = write!(text, " {}", render_operand(op));
            if let Some(c) = operand_comment(module, f, pc, field, op) {
                comments.push(c);
            }
        }
        if !comments.is_empty() {
            let _ = write!(text, " ; {}", comments.join(", "));
        }
        out.push_str(&text);
        out.push('\n');
    }
}

fn render_operand(op: Operand) -> String {
    match op {
        Operand::Reg(r) => format!("r{r}"),
        Operand::Const(k) => format!("k{k}"),
        Operand::Func(f) => format!("f{f}"),
        Operand::Jump(j) => format!("{j:+}"),
        Operand::Type(t) => format!("t{t}"),
        Operand::Global(g) => format!("g{g}"),
        Operand::Native(n) => format!("n{n}"),
        Operand::Method(m) => format!("m{m}"),
        Operand::Imm(i) => format!("{i}"),
        Operand::Bool(b) => format!("{b}"),
        Operand::IntKind(k) => format!("{k:?}").to_lowercase(),
        Operand::SliceMode(m) => format!("mode{m}"),
        Operand::Conv(c) => format!("{c:?}"),
    }
}

fn operand_comment(module: &Module, f: &FuncProto, pc: usize, _field: &str, op: Operand) -> Option<String> {
    match op {
        Operand::Const(k) => f.consts.get(k as usize).map(|c| match c {
            Const::Int(i) => i.to_string(),
            Const::Float(x) => format!("{x:?}"),
            Const::Bool(b) => b.to_string(),
            Const::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }),
        Operand::Func(i) => module.funcs.get(i as usize).map(|g| g.name.clone()),
        Operand::Jump(j) => Some(format!("to {:04}", pc as i64 + 1 + j as i64)),
        Operand::Type(t) => module.types.get(t as usize).map(|d| d.name.clone()),
        Operand::Global(g) => module.globals.get(g as usize).map(|d| d.name.clone()),
        Operand::Native(n) => module.natives.get(n as usize).cloned(),
        Operand::Method(m) => module.method_names.get(m as usize).cloned(),
        _ => None,
    }
}
