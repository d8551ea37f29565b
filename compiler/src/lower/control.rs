//! Owns lowering control flow: `if`, `for` (with Go 1.22 per-iteration loop
//! variables), `range` over integers, arrays, pointers to arrays, slices,
//! strings (by rune), maps and channels, expression and type switches
//! (with `fallthrough`), `select`, and the targets of labeled `break` and
//! `continue`. Must not know how the VM runs them.

use super::func::{Breakable, FuncBuilder, VarLoc};
use crate::info::ObjectId;
use crate::types::{TypeId, TypeKind};
use minigo_grammar::ast::{Block, CaseClause, CommClause, Expr, ExprKind, Ident, Stmt, StmtKind, TypeCaseClause, UnOp};
use minigo_grammar::ast::BinOp;
use super::types::Repr;
use minigo_vm::bytecode::{Instr, JumpOffset, Reg, ShortJump};

/// How a `for range` loop tests for its end.
enum RangeLoop {
    /// Index `i` counts up to `n` (integers, slices, arrays): the body starts
    /// at `top`; `to_test` jumps from the entry to the test at the bottom.
    Counted { top: usize, to_test: usize, i: Reg, n: Reg },
    /// An instruction at `top` ends the loop by jumping out (`exit`).
    TopTest { top: usize, exit: usize },
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    fn push_breakable(&mut self, is_loop: bool) {
        let label = self.pending_label.take();
        self.breakables.push(Breakable { label, is_loop, breaks: Vec::new(), continues: Vec::new() });
    }

    /// Pops the innermost breakable, pointing its breaks here and its
    /// continues at `continue_at`.
    fn pop_breakable(&mut self, continue_at: Option<usize>) {
        let b = self.breakables.pop().expect("balanced breakables");
        for j in b.breaks {
            self.patch_to_here(j);
        }
        if let Some(c) = continue_at {
            for j in b.continues {
                self.patch(j, c);
            }
        }
    }

    pub fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &Block, els: Option<&Stmt>) {
        // `if cond { goto L }`: the condition branches to the label itself
        // (a loop made of gotos costs one dispatch per turn, as a `for`).
        if let (None, [Stmt { kind: StmtKind::Goto(label), .. }], None) = (init, then.stmts.as_slice(), els) {
            if let Some(&target) = self.unit.info.label_uses.get(&label.span).filter(|t| self.goto_is_local(**t)) {
                self.set_line(cond.span);
                for j in self.branch_if(cond, true) {
                    self.goto_from(j, target);
                }
                return;
            }
        }
        let mark = self.mark();
        let names = self.scope_len();
        if let Some(i) = init {
            self.stmt(i);
        }
        self.set_line(cond.span);
        let to_else = self.branch_if(cond, false);
        self.block(&then.stmts);
        let to_end = els.map(|_| self.emit_jump());
        for j in to_else {
            self.patch_to_here(j);
        }
        if let (Some(e), Some(to_end)) = (els, to_end) {
            self.stmt(e);
            self.patch_to_here(to_end);
        }
        self.end_scope(names);
        self.release(mark);
    }

    pub fn for_stmt(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &Block) {
        let mark = self.mark();
        let names = self.scope_len();
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables living in cells get a fresh cell per iteration.
        let per_iteration: Vec<Reg> = match init.map(|s| &s.kind) {
            Some(StmtKind::Define { names, .. }) => names
                .iter()
                .filter_map(|n| self.obj_of_def(n))
                .filter_map(|o| match self.vars.get(&o) {
                    // A zero-size variable's cell is the shared zero base.
                    Some(VarLoc::Cell(r)) if !super::types::is_zero_size(self.prog.checked, self.prog.checked.object(o).ty) => Some(*r),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        // The condition is tested at the bottom (one branch per iteration):
        // jump to the test first, then body, post, test, branch back to the body.
        let to_test = cond.map(|_| self.emit_jump());
        let top = self.pc();
        self.pending_label = label;
        self.push_breakable(true);
        self.block(&body.stmts);
        let cont = self.pc();
        for cell in per_iteration {
            let t = self.alloc();
            self.emit(Instr::Load { dst: t, ptr: cell });
            self.emit(Instr::Box { dst: cell, src: t });
            self.release(t.0);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        match (cond, to_test) {
            (Some(c), Some(to_test)) => {
                self.patch_to_here(to_test);
                self.set_line(c.span);
                for j in self.branch_if(c, true) {
                    self.patch(j, top);
                }
            }
            _ => self.jump_to(top),
        }
        self.pop_breakable(Some(cont));
        self.end_scope(names);
        self.release(mark);
    }

    /// Binds or assigns the range variables (key, then value) from their
    /// sources. Assigned ones behave as `k, v = key, value`: every index
    /// operand and pointer on the left is evaluated before either store.
    pub fn range_vars(&mut self, vars: [(Option<&Expr>, Reg, TypeId); 2], define: bool) {
        let vars = vars.into_iter().filter_map(|(v, src, ty)| v.filter(|v| !matches!(&v.kind, ExprKind::Ident(n) if n == "_")).map(|v| (v, src, ty)));
        if define {
            for (v, src, _) in vars {
                let obj = self.unit.info.defs.get(&v.span).copied();
                let r = self.alloc();
                self.emit(Instr::Move { dst: r, src });
                self.bind_var(obj, r);
                self.push_name(obj);
            }
            return;
        }
        let mark = self.mark();
        let vars: Vec<_> = vars.collect();
        let stable = vars.len() > 1;
        let places: Vec<_> = vars.iter().map(|(v, _, _)| self.place(v, stable)).collect();
        for ((v, src, src_ty), place) in vars.into_iter().zip(places) {
            let t = self.alloc();
            self.emit(Instr::Move { dst: t, src });
            let to = self.type_of(v);
            self.coerce(t, src_ty, to);
            self.store(place, t);
        }
        self.release(mark);
    }

    fn wants(var: Option<&Expr>) -> bool {
        var.is_some_and(|v| !matches!(&v.kind, ExprKind::Ident(n) if n == "_"))
    }

    pub fn range_stmt(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block) {
        let mark = self.mark();
        let names = self.scope_len();
        let label = self.pending_label.take();
        let xty = self.type_of(x);
        let tt = &self.prog.checked.types;
        let under = tt.under(xty).clone();
        if let TypeKind::Func(_) = under {
            self.release(mark);
            return self.range_func(key, value, define, x, body, label);
        }
        self.set_line(x.span);
        let shape = match under {
            TypeKind::Basic(b) if b.is_integer() => {
                let n = self.alloc();
                self.expr_to(x, n);
                let i = self.alloc();
                self.load_int(i, 0);
                let to_test = self.emit_jump();
                let top = self.pc();
                let kty = if tt.is_untyped(xty) { TypeId::INT } else { xty };
                self.range_vars([(key, i, kty), (None, i, kty)], define);
                RangeLoop::Counted { top, to_test, i, n }
            }
            TypeKind::Basic(_) => {
                // A string, by rune: R[a] string, R[a+1] next offset, R[a+2] offset, R[a+3] rune.
                let a = self.alloc_n(4);
                self.expr_to(x, a);
                self.load_int(Reg(a.0 + 1), 0);
                let top = self.pc();
                let exit = self.emit(Instr::NextRune { a, off: JumpOffset(0) });
                self.range_vars([(key, Reg(a.0 + 2), TypeId::INT), (value, Reg(a.0 + 3), TypeId::RUNE)], define);
                RangeLoop::TopTest { top, exit }
            }
            TypeKind::Map(kt, vt) => {
                let m = self.operand(x);
                let a = self.alloc_n(3);
                self.emit(Instr::MapIter { dst: a, m });
                let top = self.pc();
                let exit = self.emit(Instr::NextMap { a, off: JumpOffset(0) });
                self.range_vars([(key, Reg(a.0 + 1), kt), (value, Reg(a.0 + 2), vt)], define);
                RangeLoop::TopTest { top, exit }
            }
            TypeKind::Chan(_, et) => {
                let ch = self.alloc();
                self.expr_to(x, ch);
                let a = self.alloc_n(2);
                let top = self.pc();
                self.emit(Instr::Move { dst: a, src: ch });
                self.emit(Instr::RecvOk { a });
                let exit = self.emit_jump_if(Reg(a.0 + 1), false);
                self.range_vars([(key, a, et), (None, a, et)], define);
                RangeLoop::TopTest { top, exit }
            }
            TypeKind::Slice(_) | TypeKind::Array(..) | TypeKind::Pointer(_) => {
                let (elem, fixed_len, through_ptr) = match &under {
                    TypeKind::Slice(e) => (*e, None, false),
                    TypeKind::Array(n, e) => (*e, Some(*n), false),
                    TypeKind::Pointer(p) => match tt.under(*p) {
                        TypeKind::Array(n, e) => (*e, Some(*n), true),
                        _ => (TypeId::INVALID, Some(0), true),
                    },
                    _ => unreachable!(),
                };
                let want_value = Self::wants(value);
                let coll = self.alloc();
                if self.unit.info.unevaluated_ranges.contains(&x.id) {
                    self.emit(Instr::LoadNil { dst: coll });
                } else {
                    self.expr_to(x, coll);
                }
                let n = self.alloc();
                match fixed_len {
                    Some(len) => self.load_int(n, len as i64),
                    None => {
                        self.emit(Instr::Len { dst: n, src: coll });
                    }
                }
                let i = self.alloc();
                self.load_int(i, 0);
                let to_test = self.emit_jump();
                let top = self.pc();
                let mut value_src = (None, i, elem);
                if want_value {
                    let v = self.alloc();
                    match (&under, through_ptr) {
                        (TypeKind::Slice(_), _) => {
                            self.emit(Instr::IndexSlice { dst: v, s: coll, i });
                        }
                        (_, true) => {
                            self.emit(Instr::Load { dst: v, ptr: coll });
                            self.emit(Instr::IndexArray { dst: v, arr: v, i });
                        }
                        _ => {
                            self.emit(Instr::IndexArray { dst: v, arr: coll, i });
                        }
                    }
                    if self.repr_of(elem) == Repr::Agg {
                        self.emit(Instr::CopyAgg { dst: v, src: v });
                    }
                    value_src = (value, v, elem);
                }
                self.range_vars([(key, i, TypeId::INT), value_src], define);
                RangeLoop::Counted { top, to_test, i, n }
            }
            _ => {
                self.prog.unsupported(x.span, "range over this type");
                self.release(mark);
                return;
            }
        };
        self.pending_label = label;
        self.push_breakable(true);
        self.block(&body.stmts);
        let cont = self.pc();
        match shape {
            RangeLoop::Counted { top, to_test, i, n } => {
                // Tested at the bottom: one fused branch per iteration.
                self.emit(Instr::AddIntImm { dst: i, a: i, imm: 1 });
                self.patch_to_here(to_test);
                let back = self.emit(Instr::JumpIfLtInt { a: i, b: n, off: ShortJump(0) });
                self.patch(back, top);
            }
            RangeLoop::TopTest { top, exit } => {
                self.jump_to(top);
                self.patch_to_here(exit);
            }
        }
        self.pop_breakable(Some(cont));
        self.end_scope(names);
        self.release(mark);
    }

    pub fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, cases: &[CaseClause]) {
        let mark = self.mark();
        let names = self.scope_len();
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_reg = tag.map(|t| {
            let r = self.alloc();
            self.expr_to(t, r);
            (r, self.type_of(t))
        });
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); cases.len()];
        for (ci, c) in cases.iter().enumerate() {
            for e in c.exprs.iter().flatten() {
                let m = self.mark();
                self.set_line(e.span);
                let cond = self.alloc();
                match tag_reg {
                    Some((t, tty)) => {
                        let ety = self.type_of(e);
                        let v = self.alloc();
                        self.expr_to(e, v);
                        let tt = &self.prog.checked.types;
                        let ty = if tt.is_interface(tty) && !tt.is_interface(ety) {
                            self.coerce(v, ety, tty);
                            tty
                        } else if tt.is_interface(ety) && !tt.is_interface(tty) {
                            let t2 = self.alloc();
                            self.emit(Instr::Move { dst: t2, src: t });
                            self.coerce(t2, tty, ety);
                            self.compare_regs(BinOp::Eq, ety, cond, t2, v);
                            let j = self.emit_jump_if(cond, true);
                            to_body[ci].push(j);
                            self.release(m);
                            continue;
                        } else {
                            tty
                        };
                        self.compare_regs(BinOp::Eq, ty, cond, t, v);
                    }
                    None => self.expr_to(e, cond),
                }
                let j = self.emit_jump_if(cond, true);
                to_body[ci].push(j);
                self.release(m);
            }
        }
        let default = cases.iter().position(|c| c.exprs.is_none());
        self.case_bodies(label, to_body, default, |this, ci| {
            let body = &cases[ci].body;
            this.block(body);
            matches!(body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough))
        });
        self.end_scope(names);
        self.release(mark);
    }

    /// Lays out a switch's case bodies after its dispatch code, which falls
    /// through to here when no case matched: `to_body[ci]` are the jumps into
    /// case `ci`, `default` the default case (else no match leaves the switch).
    /// `lower_case(self, ci)` emits case `ci`'s body and says whether it ends
    /// in `fallthrough` (whose jump `fallthrough_jumps` holds).
    fn case_bodies(&mut self, label: Option<ObjectId>, to_body: Vec<Vec<usize>>, default: Option<usize>, mut lower_case: impl FnMut(&mut Self, usize) -> bool) {
        let no_match = self.emit_jump();
        self.pending_label = label;
        self.push_breakable(false);
        let mut ends = Vec::new();
        for (ci, jumps) in to_body.into_iter().enumerate() {
            for j in jumps {
                self.patch_to_here(j);
            }
            if default == Some(ci) {
                self.patch_to_here(no_match);
            }
            for j in std::mem::take(&mut self.fallthrough_jumps) {
                self.patch_to_here(j);
            }
            if !lower_case(self, ci) {
                ends.push(self.emit_jump());
            }
        }
        if default.is_none() {
            self.patch_to_here(no_match);
        }
        for j in std::mem::take(&mut self.fallthrough_jumps) {
            self.patch_to_here(j);
        }
        for j in ends {
            self.patch_to_here(j);
        }
        self.pop_breakable(None);
    }

    pub fn type_switch(&mut self, init: Option<&Stmt>, bind: Option<&Ident>, x: &Expr, cases: &[TypeCaseClause]) {
        let mark = self.mark();
        let names = self.scope_len();
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xr = self.alloc();
        self.expr_to(x, xr);
        let pair = self.alloc_n(2);
        let nil_reg = self.alloc();
        self.emit(Instr::LoadNil { dst: nil_reg });
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); cases.len()];
        let mut single: Vec<Option<TypeId>> = vec![None; cases.len()];
        for (ci, c) in cases.iter().enumerate() {
            let types = c.types.as_deref().unwrap_or(&[]);
            for t in types {
                let m = self.mark();
                let ty = self.type_of(t);
                let is_nil = !matches!(self.tv(t).map(|v| &v.mode), Some(crate::info::Mode::TypeExpr));
                let cond = self.alloc();
                if is_nil {
                    self.emit(Instr::Eq { dst: cond, a: xr, b: nil_reg });
                    let j = self.emit_jump_if(cond, true);
                    to_body[ci].push(j);
                } else {
                    self.emit(Instr::Move { dst: pair, src: xr });
                    let d = self.desc(ty);
                    self.emit(Instr::TypeAssertOk { a: pair, ty: d });
                    let j = self.emit_jump_if(Reg(pair.0 + 1), true);
                    to_body[ci].push(j);
                    if types.len() == 1 {
                        single[ci] = Some(ty);
                    }
                }
                self.release(m);
            }
        }
        let default = cases.iter().position(|c| c.types.is_none());
        self.case_bodies(label, to_body, default, |this, ci| {
            let c = &cases[ci];
            let m = this.mark();
            let scope = this.scope_len();
            if bind.is_some() {
                if let Some(&obj) = this.unit.info.implicits.get(&c.span) {
                    let r = this.alloc();
                    // A single-type case binds the asserted value, others the operand.
                    let src = if single[ci].is_some() { pair } else { xr };
                    this.emit(Instr::Move { dst: r, src });
                    this.bind_var(Some(obj), r);
                    this.push_name(Some(obj));
                }
            }
            this.block(&c.body);
            this.end_scope(scope);
            this.release(m);
            false
        });
        self.end_scope(names);
        self.release(mark);
    }

    pub fn select_stmt(&mut self, cases: &[CommClause]) {
        let mark = self.mark();
        let label = self.pending_label.take();
        let comm_cases: Vec<&CommClause> = cases.iter().filter(|c| c.comm.is_some()).collect();
        let n = comm_cases.len();
        let has_default = cases.iter().any(|c| c.comm.is_none());
        let a = self.alloc_n((3 * n).max(3));
        for (k, c) in comm_cases.iter().enumerate() {
            let slot = Reg(a.0 + 3 * k as u16);
            let m = self.mark();
            let comm = c.comm.as_deref().expect("filtered");
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    self.load_int(slot, 1);
                    self.expr_to(ch, Reg(slot.0 + 1));
                    let elem = match self.prog.checked.types.under(self.type_of(ch)) {
                        TypeKind::Chan(_, e) => Some(*e),
                        _ => None,
                    };
                    self.expr_as(value, elem, Reg(slot.0 + 2));
                }
                _ => {
                    self.load_int(slot, 0);
                    match recv_operand(comm) {
                        Some(ch) => self.expr_to(ch, Reg(slot.0 + 1)),
                        None => {
                            self.emit(Instr::LoadNil { dst: Reg(slot.0 + 1) });
                        }
                    }
                    self.emit(Instr::LoadNil { dst: Reg(slot.0 + 2) });
                }
            }
            self.release(m);
        }
        self.emit(Instr::Select { a, n: n as u8, has_default });
        // Dispatch on the chosen case index in R[a].
        let mut jumps = Vec::new();
        let idx = self.alloc();
        let cond = self.alloc();
        for k in 0..n {
            self.load_int(idx, k as i64);
            self.emit(Instr::EqInt { dst: cond, a, b: idx });
            jumps.push(self.emit_jump_if(cond, true));
        }
        let to_default = self.emit_jump();
        self.release(idx.0);
        self.pending_label = label;
        self.push_breakable(false);
        let mut ends = Vec::new();
        let mut k = 0;
        for c in cases {
            match &c.comm {
                Some(comm) => {
                    self.patch_to_here(jumps[k]);
                    k += 1;
                    let m = self.mark();
                    let scope = self.scope_len();
                    self.bind_received(comm, a);
                    self.block(&c.body);
                    self.end_scope(scope);
                    self.release(m);
                }
                None => {
                    self.patch_to_here(to_default);
                    self.block(&c.body);
                }
            }
            ends.push(self.emit_jump());
        }
        if !has_default {
            self.patch_to_here(to_default);
        }
        for j in ends {
            self.patch_to_here(j);
        }
        self.pop_breakable(None);
        self.release(mark);
    }

    /// `v := <-ch`, `v, ok = <-ch` of a chosen select case: the received
    /// value is `R[a+1]`, ok `R[a+2]`.
    fn bind_received(&mut self, comm: &Stmt, a: Reg) {
        let (val, ok) = (Reg(a.0 + 1), Reg(a.0 + 2));
        match &comm.kind {
            StmtKind::Define { names, values } => {
                let elem_ty = values.first().map(|v| self.type_of(v)).unwrap_or(TypeId::INVALID);
                for (i, n) in names.iter().enumerate() {
                    if n.is_blank() {
                        continue;
                    }
                    let obj: Option<ObjectId> = self.obj_of_def(n);
                    let r = self.alloc();
                    self.emit(Instr::Move { dst: r, src: if i == 0 { val } else { ok } });
                    let _ = elem_ty;
                    self.bind_var(obj, r);
                    self.push_name(obj);
                }
            }
            StmtKind::Assign { lhs, .. } => {
                for (i, l) in lhs.iter().enumerate() {
                    let m = self.mark();
                    let place = self.place(l, false);
                    self.store(place, if i == 0 { val } else { ok });
                    self.release(m);
                }
            }
            _ => {}
        }
    }
}

/// The channel operand of a receive communication (`<-ch`, `v := <-ch`, …).
fn recv_operand(comm: &Stmt) -> Option<&Expr> {
    let e = match &comm.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Define { values, .. } => values.first()?,
        StmtKind::Assign { rhs, .. } => rhs.first()?,
        _ => return None,
    };
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    match &e.kind {
        ExprKind::Unary(UnOp::Recv, ch) => Some(ch),
        _ => None,
    }
}
