//! Owns lowering simple statements: blocks and scopes, variable declarations
//! and `:=` (with redeclaration), assignment in Go's two phases (places, then
//! values, then stores left to right), op-assignment, `++`/`--`, sends,
//! expression statements, `return` (through the result slots and epilogue
//! when the function has `defer`), `go`, `defer` and `goto`.
//! Must not know how the VM runs them.

use super::call::CallUse;
use super::func::{FuncBuilder, VarLoc};
use super::types::Repr;
use crate::info::{Mode, ObjectId, SelectionKind};
use crate::types::TypeId;
use minigo_grammar::ast::{BinOp, Decl, Expr, ExprKind, Ident, Stmt, StmtKind, UnOp};
use minigo_vm::bytecode::{Const, Instr, Reg, ShortConst};

/// Where an assignment stores.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    Blank,
    Var(VarLoc),
    /// An aggregate variable others point into: assigned by copying into its storage.
    AggVar(VarLoc, TypeId),
    Ptr(Reg),
    Field { obj: Reg, idx: u16 },
    /// Field `idx` of the struct `ptr` points to (nil is checked by the store).
    PtrField { ptr: Reg, idx: u16 },
    Slice { s: Reg, i: Reg },
    Array { arr: Reg, i: Reg },
    Map { m: Reg, k: Reg },
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    pub fn block(&mut self, stmts: &[Stmt]) {
        let mark = self.mark();
        let names = self.scope_len();
        for s in stmts {
            self.stmt(s);
        }
        self.end_scope(names);
        self.release(mark);
    }

    pub fn stmt(&mut self, s: &Stmt) {
        self.set_line(s.span);
        let mark = self.mark();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => {
                self.local_decl(d);
                return; // keeps its registers
            }
            StmtKind::Define { names, values } => {
                self.define(names, values);
                return;
            }
            StmtKind::Labeled { label, stmt } => {
                let obj = self.obj_of_def(label);
                if let Some(obj) = obj {
                    self.define_label(obj);
                }
                self.pending_label = obj.filter(|_| stmt.kind.is_break_target());
                self.stmt(stmt);
                self.pending_label = None;
                // A labeled declaration keeps its registers, as an unlabeled one.
                return;
            }
            StmtKind::Expr(e) => {
                let base = self.alloc();
                self.call_or_value(e, base);
            }
            StmtKind::Send { ch, value } => {
                let c = self.operand(ch);
                let elem = match self.prog.checked.types.under(self.type_of(ch)) {
                    crate::types::TypeKind::Chan(_, e) => Some(*e),
                    _ => None,
                };
                let v = self.alloc();
                self.expr_as(value, elem, v);
                self.set_line(s.span);
                self.emit(Instr::Send { ch: c, src: v });
            }
            StmtKind::IncDec { x, inc } => self.inc_dec(x, *inc),
            StmtKind::Assign { lhs, op: None, rhs } => self.assign(lhs, rhs),
            StmtKind::Assign { lhs, op: Some(op), rhs } => self.op_assign(&lhs[0], *op, &rhs[0]),
            StmtKind::Go(e) => self.defer_or_go(e, CallUse::Go),
            StmtKind::Defer(e) => {
                self.defer_or_go(e, CallUse::Defer);
                if self.loop_body.is_some() {
                    self.move_defer_out_of_body();
                }
            }
            StmtKind::Return(values) if self.loop_body.is_some() => self.return_in_body(values),
            StmtKind::Return(values) => self.return_stmt(values),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Break(label) => self.break_continue(label.as_ref(), false, s),
            StmtKind::Continue(label) => self.break_continue(label.as_ref(), true, s),
            StmtKind::Goto(label) => self.goto(label),
            StmtKind::Fallthrough => {
                let j = self.emit_jump();
                self.fallthrough_jumps.push(j);
            }
            StmtKind::If { init, cond, then, els } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            StmtKind::For { init, cond, post, body } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range { key, value, define, x, body } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Switch { init, tag, cases } => self.switch_stmt(init.as_deref(), tag.as_ref(), cases),
            StmtKind::TypeSwitch { init, bind, x, cases } => self.type_switch(init.as_deref(), bind.as_ref(), x, cases),
            StmtKind::Select(cases) => self.select_stmt(cases),
        }
        self.release(mark);
    }

    /// An expression statement: calls discard their results.
    fn call_or_value(&mut self, e: &Expr, base: Reg) {
        match &e.kind {
            ExprKind::Paren(x) => self.call_or_value(x, base),
            ExprKind::Call { .. } => self.call_at(e, base, 0),
            _ => self.expr_to(e, base),
        }
    }

    fn local_decl(&mut self, d: &Decl) {
        let Decl::Var(specs) = d else { return };
        for spec in specs {
            let objs: Vec<Option<ObjectId>> =
                spec.names.iter().map(|n| if n.is_blank() { None } else { self.obj_of_def(n) }).collect();
            let types: Vec<TypeId> = objs
                .iter()
                .zip(&spec.values)
                .map(|(o, v)| o.map(|o| self.type_of_obj(o)).unwrap_or_else(|| self.type_of(v)))
                .collect();
            if spec.values.is_empty() {
                for (o, _) in objs.iter().zip(&spec.names) {
                    let ty = o.map(|o| self.type_of_obj(o)).unwrap_or(TypeId::INVALID);
                    self.declare_zero(*o, ty);
                    self.push_name(*o);
                }
                continue;
            }
            let regs = self.values_into(&spec.values, objs.len(), &objs.iter().map(|o| o.map(|o| self.type_of_obj(o))).collect::<Vec<_>>());
            let _ = types;
            for (i, o) in objs.iter().enumerate() {
                self.bind_var(*o, Reg(regs.0 + i as u16));
                self.push_name(*o);
            }
        }
    }

    /// Evaluates right-hand values for `n` targets into fresh consecutive
    /// registers, converted to the targets' types (`None`: keep the type).
    pub fn values_into(&mut self, values: &[Expr], n: usize, to: &[Option<TypeId>]) -> Reg {
        let base = self.alloc_n(n);
        if values.len() == 1 && n > 1 {
            let types = self.multi_types(&values[0]);
            self.set_top(base.0);
            self.alloc_n(n);
            self.multi_value(&values[0], base, n);
            for i in 0..n {
                if let (Some(Some(t)), Some(from)) = (to.get(i), types.get(i)) {
                    self.coerce(Reg(base.0 + i as u16), *from, *t);
                }
            }
            self.set_top(base.0 + n as u16);
        } else {
            for (i, v) in values.iter().enumerate().take(n) {
                let r = Reg(base.0 + i as u16);
                let mark = self.mark();
                self.expr_as(v, to.get(i).copied().flatten(), r);
                self.release(mark);
            }
        }
        base
    }

    fn define(&mut self, names: &[Ident], values: &[Expr]) {
        let objs: Vec<(Option<ObjectId>, bool)> = names
            .iter()
            .map(|n| {
                if n.is_blank() {
                    (None, false)
                } else if let Some(o) = self.obj_of_def(n) {
                    (Some(o), true)
                } else {
                    (self.lookup_name(&n.name), false)
                }
            })
            .collect();
        let to: Vec<Option<TypeId>> = objs.iter().map(|(o, _)| o.map(|o| self.type_of_obj(o))).collect();
        let base = self.values_into(values, names.len(), &to);
        for (i, (o, new)) in objs.iter().enumerate() {
            let r = Reg(base.0 + i as u16);
            if *new {
                self.bind_var(*o, r);
                self.push_name(*o);
            } else if let Some(loc) = o.and_then(|o| self.var_loc(o)) {
                self.write_var(loc, r);
            }
        }
    }

    /// The place an assignment to `e` stores into. With `stable`, operands
    /// are copied into temporaries (so later stores cannot change them).
    pub fn place(&mut self, e: &Expr, stable: bool) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x, stable),
            ExprKind::Ident(n) if n == "_" => Place::Blank,
            ExprKind::Ident(_) => match self.obj_of_use(e).and_then(|o| Some((o, self.var_loc(o)?))) {
                Some((o, loc)) if self.prog.interior.contains(&o) => Place::AggVar(loc, self.type_of_obj(o)),
                Some((_, loc)) => Place::Var(loc),
                None => Place::Blank,
            },
            ExprKind::Star(p) => Place::Ptr(self.stable_operand(p, stable)),
            ExprKind::Selector(x, _) => match self.unit.info.selections.get(&e.id) {
                Some(sel) if self.direct_ptr_field(x, sel).is_some() => {
                    let idx = self.direct_ptr_field(x, sel).unwrap_or_default();
                    Place::PtrField { ptr: self.stable_operand(x, stable), idx }
                }
                Some(sel) => {
                    let (obj, idx) = self.field_parent(x, sel);
                    Place::Field { obj, idx }
                }
                None => match self.obj_of_use(e).and_then(|o| self.var_loc(o)) {
                    Some(loc) => Place::Var(loc),
                    None => Place::Blank,
                },
            },
            ExprKind::Index(x, i) => {
                let xty = self.type_of(x);
                let tt = &self.prog.checked.types;
                match tt.under(xty).clone() {
                    crate::types::TypeKind::Map(k, _) => {
                        let m = self.stable_operand(x, stable);
                        let kr = if self.type_of(i) == k {
                            self.stable_operand(i, stable)
                        } else {
                            let kr = self.alloc();
                            self.expr_as(i, Some(k), kr);
                            kr
                        };
                        Place::Map { m, k: kr }
                    }
                    crate::types::TypeKind::Slice(_) => {
                        let s = self.stable_operand(x, stable);
                        let i = self.stable_operand(i, stable);
                        Place::Slice { s, i }
                    }
                    crate::types::TypeKind::Pointer(_) => {
                        let p = self.operand(x);
                        let arr = self.alloc();
                        self.emit(Instr::Load { dst: arr, ptr: p });
                        let i = self.stable_operand(i, stable);
                        Place::Array { arr, i }
                    }
                    _ => {
                        let arr = self.operand(x);
                        let i = self.stable_operand(i, stable);
                        Place::Array { arr, i }
                    }
                }
            }
            _ => {
                self.prog.unsupported(e.span, "assigning to this expression");
                Place::Blank
            }
        }
    }

    fn stable_operand(&mut self, e: &Expr, stable: bool) -> Reg {
        let r = self.operand(e);
        if stable && r.0 + 1 < self.mark() {
            // A variable's own register: snapshot it.
            let t = self.alloc();
            self.emit(Instr::Move { dst: t, src: r });
            return t;
        }
        r
    }

    pub fn store(&mut self, place: Place, src: Reg) {
        match place {
            Place::Blank => {}
            Place::Var(loc) => self.write_var(loc, src),
            Place::AggVar(loc, ty) => {
                let mark = self.mark();
                let dst = self.alloc();
                self.read_var(loc, dst);
                self.copy_into(dst, src, ty);
                self.release(mark);
            }
            Place::Ptr(ptr) => {
                self.emit(Instr::Store { ptr, src });
            }
            Place::Field { obj, idx } => {
                self.emit(Instr::SetField { obj, idx, src });
            }
            Place::PtrField { ptr, idx } => {
                self.emit(Instr::SetFieldPtr { ptr, idx, src });
            }
            Place::Slice { s, i } => {
                self.emit(Instr::SetSlice { s, i, src });
            }
            Place::Array { arr, i } => {
                self.emit(Instr::SetArray { arr, i, src });
            }
            Place::Map { m, k } => {
                self.emit(Instr::MapSet { m, k, v: src });
            }
        }
    }

    fn place_map_reads_int(&self, map_ty: TypeId) -> bool {
        match *self.prog.checked.types.under(map_ty) {
            crate::types::TypeKind::Map(k, v) => self.int_map_read(k, v),
            _ => false,
        }
    }

    /// Whether `m[k] += v` on a map of type `map_ty` is one `MapAddInt`:
    /// `MapGetInt` reads it and its values are 64-bit integers (no wrapping
    /// to a narrower kind).
    fn map_adds_int(&self, map_ty: TypeId) -> bool {
        use crate::types::BasicKind::*;
        let tt = &self.prog.checked.types;
        match *tt.under(map_ty) {
            crate::types::TypeKind::Map(k, v) => self.int_map_read(k, v) && matches!(tt.basic(v), Some(Int | Int64 | Uint | Uint64 | Uintptr)),
            _ => false,
        }
    }

    /// Reads the current value of a place (for `x op= y` and `x++`).
    fn load_place(&mut self, place: Place, dst: Reg, map_ty: TypeId) {
        match place {
            Place::Blank => {}
            Place::Var(loc) | Place::AggVar(loc, _) => self.read_var(loc, dst),
            Place::Ptr(ptr) => {
                self.emit(Instr::Load { dst, ptr });
            }
            Place::Field { obj, idx } => {
                self.emit(Instr::GetField { dst, obj, idx });
            }
            Place::PtrField { ptr, idx } => {
                self.emit(Instr::GetFieldPtr { dst, ptr, idx });
            }
            Place::Slice { s, i } => {
                self.emit(Instr::IndexSlice { dst, s, i });
            }
            Place::Array { arr, i } => {
                self.emit(Instr::IndexArray { dst, arr, i });
            }
            Place::Map { m, k } if self.place_map_reads_int(map_ty) => {
                self.emit(Instr::MapGetInt { dst, m, k });
            }
            Place::Map { m, k } => {
                let key_is_iface = match self.prog.checked.types.under(map_ty) {
                    crate::types::TypeKind::Map(kt, _) => self.prog.checked.types.is_interface(*kt),
                    _ => false,
                };
                if key_is_iface {
                    // `m[k] op= v` hashes k as a write first (Go's mapassign):
                    // an unhashable key gives the write error, not the read one.
                    let probe = self.alloc();
                    let ty = self.desc(map_ty);
                    self.emit(Instr::MakeMap { dst: probe, ty });
                    self.emit(Instr::MapSet { m: probe, k, v: k });
                }
                let a = self.alloc_n(2);
                self.emit(Instr::Move { dst: a, src: m });
                self.emit(Instr::Move { dst: Reg(a.0 + 1), src: k });
                let ty = self.desc(map_ty);
                self.emit(Instr::MapIndex { a, ty });
                self.emit(Instr::Move { dst, src: a });
            }
        }
    }

    /// Copies the fresh aggregate `src` element by element into the storage
    /// of aggregate `dst` (pointers into `dst` stay valid).
    fn copy_into(&mut self, dst: Reg, src: Reg, ty: TypeId) {
        match self.prog.checked.types.under(ty).clone() {
            crate::types::TypeKind::Struct(fields) => {
                let t = self.alloc();
                for (i, f) in fields.iter().enumerate() {
                    let idx = i as u16;
                    self.emit(Instr::GetField { dst: t, obj: src, idx });
                    if self.repr_of(f.ty) == Repr::Agg {
                        let inner = self.alloc();
                        self.emit(Instr::GetField { dst: inner, obj: dst, idx });
                        self.copy_into(inner, t, f.ty);
                        self.release(inner.0);
                    } else {
                        self.emit(Instr::SetField { obj: dst, idx, src: t });
                    }
                }
            }
            crate::types::TypeKind::Array(n, elem) => {
                let (i, len, c, t) = (self.alloc(), self.alloc(), self.alloc(), self.alloc());
                self.load_int(i, 0);
                self.load_int(len, n as i64);
                let top = self.pc();
                self.emit(Instr::LtInt { dst: c, a: i, b: len });
                let exit = self.emit_jump_if(c, false);
                self.emit(Instr::IndexArray { dst: t, arr: src, i });
                if self.repr_of(elem) == Repr::Agg {
                    let inner = self.alloc();
                    self.emit(Instr::IndexArray { dst: inner, arr: dst, i });
                    self.copy_into(inner, t, elem);
                    self.release(inner.0);
                } else {
                    self.emit(Instr::SetArray { arr: dst, i, src: t });
                }
                self.emit(Instr::AddIntImm { dst: i, a: i, imm: 1 });
                self.jump_to(top);
                self.patch_to_here(exit);
            }
            _ => {}
        }
    }

    fn place_type(&self, e: &Expr) -> TypeId {
        self.type_of(e)
    }

    fn map_type_of_place(&self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Paren(x) => self.map_type_of_place(x),
            ExprKind::Index(x, _) => self.type_of(x),
            _ => TypeId::INVALID,
        }
    }

    /// The constant-pool index of `e` when it is a constant stored as a
    /// scalar of type `to` (not an interface, not an aggregate) and the index
    /// fits an instruction's 16 bits.
    fn scalar_const(&mut self, e: &Expr, to: TypeId) -> Option<ShortConst> {
        let Some(Mode::Constant(v)) = self.tv(e).map(|tv| tv.mode.clone()) else { return None };
        if self.prog.checked.types.is_interface(to) || self.repr_of(to) == Repr::Agg {
            return None;
        }
        let c = self.pool_const(&v, to);
        u16::try_from(self.konst(c).0).ok().map(ShortConst)
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 {
            let place = self.place(&lhs[0], false);
            let to = self.place_type(&lhs[0]);
            if let Place::Var(VarLoc::Reg(r)) = place {
                if self.writes_result_last(&rhs[0]) {
                    // Straight into the variable's register: only the last
                    // instruction writes it, after every operand was read.
                    self.expr_as(&rhs[0], Some(to), r);
                    return;
                }
            }
            if let Place::Slice { s, i } = place {
                if let Some(k) = self.scalar_const(&rhs[0], to) {
                    self.set_line(lhs[0].span.to(rhs[0].span));
                    self.emit(Instr::SetSliceK { s, i, k });
                    return;
                }
            }
            let v = self.alloc();
            self.expr_as(&rhs[0], Some(to), v);
            self.set_line(lhs[0].span.to(rhs[0].span));
            self.store(place, v);
            return;
        }
        let places: Vec<Place> = lhs.iter().map(|l| self.place(l, true)).collect();
        let to: Vec<Option<TypeId>> = lhs.iter().map(|l| if is_blank(l) { None } else { Some(self.place_type(l)) }).collect();
        let base = self.values_into(rhs, lhs.len(), &to);
        for (i, p) in places.into_iter().enumerate() {
            self.store(p, Reg(base.0 + i as u16));
        }
    }

    fn op_assign(&mut self, x: &Expr, op: BinOp, y: &Expr) {
        let place = self.place(x, false);
        let ty = self.place_type(x);
        if let Place::Var(VarLoc::Reg(r)) = place {
            // `x op= y` on a register variable: in place.
            self.set_line(x.span.to(y.span));
            if !self.arith_const(op, ty, r, r, y, ty) {
                let rhs = self.operand(y);
                self.set_line(x.span.to(y.span));
                self.arith(op, ty, r, r, rhs, ty);
            }
            return;
        }
        let cur = self.alloc();
        let map_ty = self.map_type_of_place(x);
        if let (Place::Map { m, k }, BinOp::Add) = (place, op) {
            if self.map_adds_int(map_ty) {
                let rhs = self.operand(y);
                self.set_line(x.span.to(y.span));
                self.emit(Instr::MapAddInt { m, k, src: rhs });
                return;
            }
        }
        // A plain local `y` is read in place (`n += d` in a closure: no Move).
        let rhs = self.operand(y);
        self.load_place(place, cur, map_ty);
        self.set_line(x.span.to(y.span));
        self.arith(op, ty, cur, cur, rhs, ty);
        self.store(place, cur);
    }

    fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let place = self.place(x, false);
        let ty = self.place_type(x);
        if let (Place::Var(VarLoc::Reg(r)), Repr::Int(_)) = (place, self.repr_of(ty)) {
            self.emit(Instr::AddIntImm { dst: r, a: r, imm: if inc { 1 } else { -1 } });
            let repr = self.repr_of(ty);
            self.wrap(repr, r);
            return;
        }
        let cur = self.alloc();
        let map_ty = self.map_type_of_place(x);
        if let Place::Map { m, k } = place {
            if self.map_adds_int(map_ty) {
                self.emit(Instr::LoadInt { dst: cur, value: if inc { 1 } else { -1 } });
                self.emit(Instr::MapAddInt { m, k, src: cur });
                return;
            }
        }
        self.load_place(place, cur, map_ty);
        match self.repr_of(ty) {
            Repr::Float32 | Repr::Float64 => {
                let one = self.alloc();
                let k = self.konst(Const::Float(1.0));
                self.emit(Instr::LoadConst { dst: one, k });
                let op = if inc { BinOp::Add } else { BinOp::Sub };
                self.arith(op, ty, cur, cur, one, ty);
            }
            r => {
                self.emit(Instr::AddIntImm { dst: cur, a: cur, imm: if inc { 1 } else { -1 } });
                self.wrap(r, cur);
            }
        }
        self.store(place, cur);
    }

    fn return_stmt(&mut self, values: &[Expr]) {
        let types = self.result_types.clone();
        let n = types.len();
        if values.is_empty() {
            self.emit_return_path();
            return;
        }
        if let (None, [v], [ty]) = (&self.result_slots, values, &types[..]) {
            // `return x` of a register variable needing no conversion or copy.
            if let Some(VarLoc::Reg(r)) = self.plain_local(v) {
                let from = self.type_of(v);
                if from == *ty && !matches!(self.repr_of(from), Repr::Agg) {
                    self.emit(Instr::Return { a: r, n: 1 });
                    return;
                }
            }
        }
        let to: Vec<Option<TypeId>> = types.iter().map(|t| Some(*t)).collect();
        let base = self.values_into(values, n, &to);
        self.return_values_at(base, n);
    }

    /// Returns `R[base..base+n]` (already converted to the result types):
    /// through the result slots and the epilogue when the function has
    /// them, else directly.
    pub fn return_values_at(&mut self, base: Reg, n: usize) {
        match self.result_slots.clone() {
            Some(slots) => {
                for (i, s) in slots.iter().enumerate() {
                    self.write_var(s.loc, Reg(base.0 + i as u16));
                }
                self.emit_return_path();
            }
            None => {
                self.emit(Instr::Return { a: base, n: n as u8 });
            }
        }
    }

    fn break_continue(&mut self, label: Option<&Ident>, is_continue: bool, s: &Stmt) {
        let target = label.and_then(|l| self.unit.info.label_uses.get(&l.span).copied());
        let idx = self.breakables.iter().rposition(|b| match target {
            Some(t) => b.label == Some(t),
            None => !is_continue || b.is_loop,
        });
        let Some(idx) = idx else {
            if self.loop_body.is_some() {
                return self.branch_out_of_body(target, is_continue);
            }
            self.prog.unsupported(s.span, "this break or continue");
            return;
        };
        let j = self.emit_jump();
        if is_continue {
            self.breakables[idx].continues.push(j);
        } else {
            self.breakables[idx].breaks.push(j);
        }
    }

    /// A label's statement starts here: earlier `goto`s to it land here, later ones jump back.
    fn define_label(&mut self, label: ObjectId) {
        let here = self.pc();
        self.label_pcs.insert(label, here);
        let (to_here, others) = std::mem::take(&mut self.forward_gotos).into_iter().partition(|(l, _)| *l == label);
        self.forward_gotos = others;
        for (_, j) in to_here {
            self.patch(j, here);
        }
    }

    /// `goto L`: a plain jump. The checker guarantees the label is in this
    /// or an enclosing block and that a forward jump skips no variable
    /// declaration, so the registers live at the label hold the same
    /// variables here; whatever the goto leaves (inner blocks, loops, a
    /// range's iteration state) simply stops being used.
    fn goto(&mut self, label: &Ident) {
        let Some(target) = self.unit.info.label_uses.get(&label.span).copied() else {
            self.prog.unsupported(label.span, "this goto");
            return;
        };
        if !self.goto_is_local(target) {
            return self.take_exit(super::rangefunc::Exit::Goto(target));
        }
        let j = self.emit_jump();
        self.goto_from(j, target);
    }

    /// Points the jump at `j` to label `target`: now if the label was met,
    /// else when it is.
    pub fn goto_from(&mut self, j: usize, target: ObjectId) {
        match self.label_pcs.get(&target) {
            Some(&pc) => self.patch(j, pc),
            None => self.forward_gotos.push((target, j)),
        }
    }

    // ---- the name scope used to resolve `:=` redeclarations ----

    pub fn push_name(&mut self, obj: Option<ObjectId>) {
        if let Some(o) = obj {
            let name = self.prog.checked.object(o).name.clone();
            self.names.push((name, o));
        }
    }

    pub fn scope_len(&self) -> usize {
        self.names.len()
    }

    pub fn end_scope(&mut self, len: usize) {
        self.names.truncate(len);
    }

    fn lookup_name(&self, name: &str) -> Option<ObjectId> {
        self.names.iter().rev().find(|(n, _)| n == name).map(|(_, o)| *o)
    }
}

impl FuncBuilder<'_, '_> {
    /// Whether lowering `e` into a register writes that register only with its
    /// last instruction, after reading every operand (so `x = e` may target
    /// `x`'s own register even when `e` reads `x`). Calls are excluded (their
    /// window may start at the target), as are `&&`/`||` and composites.
    fn writes_result_last(&self, e: &Expr) -> bool {
        if let Some(Mode::Constant(_)) = self.tv(e).map(|t| &t.mode) {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.writes_result_last(x),
            ExprKind::Ident(_) | ExprKind::Index(..) => true,
            ExprKind::Selector(..) => {
                self.unit.info.selections.get(&e.id).is_none_or(|sel| sel.kind == SelectionKind::FieldVal)
            }
            ExprKind::Unary(op, _) => matches!(op, UnOp::Neg | UnOp::Not | UnOp::BitNot),
            ExprKind::Binary(op, _, _) => !matches!(op, BinOp::LogAnd | BinOp::LogOr),
            _ => false,
        }
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(n) if n == "_")
}
