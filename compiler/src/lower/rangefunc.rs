//! Owns lowering `for … range f` over an iterator function (Go 1.23,
//! `func(yield func(K, V) bool)`): the loop body becomes a closure
//! (`main.f-range1`, Go's name) passed to `f` as `yield`, and control flow
//! that leaves the body crosses the closure boundary explicitly, after the
//! rewrite Go's compiler does:
//! - each loop has a *state* cell, checked when the body starts (the
//!   iterator misbehaved: `runtime.panicrangestate`) and after `f` returns;
//! - `continue` returns true, `break` returns false; every other exit
//!   (`return`, `goto`, `break`/`continue` of an outer statement) stores an
//!   *exit code* in the function's *next* cell and returns false; after `f`
//!   returns, the code is taken again where its target is (or passed on
//!   outward by a surrounding loop body);
//! - `return x` stores `x` in result cells first; `defer` in a body registers
//!   the call and moves it to the enclosing function's frame
//!   (`runtime.deferToFrame` with the token `runtime.rangeFuncFrame` took).
//!
//! Must not know how the VM runs frames.

use super::func::{FuncBuilder, VarLoc};
use crate::info::ObjectId;
use crate::types::{TypeId, TypeKind};
use minigo_grammar::ast::{Block, Expr, Stmt, StmtKind};
use minigo_vm::bytecode::{Instr, Reg, ShortJump};
use std::collections::HashSet;

/// A loop's state, after Go's `abi.RF_*` (the values are
/// `runtime.panicrangestate`'s codes).
const DONE: i16 = 0;
const READY: i16 = 1;
const PANIC: i16 = 2;
const EXHAUSTED: i16 = 3;
const MISSING_PANIC: i16 = 4;

/// Where control goes when it leaves a loop body other than by its own
/// `break`/`continue`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    Break(ObjectId),
    Continue(ObjectId),
    Goto(ObjectId),
    /// A bare `return` (named results, or none).
    Return,
    /// `return x, y`: the values are in the result cells.
    ReturnValues,
}

/// The cells every loop body of one outermost range-over-func loop shares
/// with the function around it (registers there, captures in the bodies).
#[derive(Clone, Debug)]
pub(crate) struct RangeShared {
    /// The pending exit code (0: none).
    next: VarLoc,
    /// The values of a `return` in a body, for the function's results.
    results: Vec<VarLoc>,
    /// The enclosing function's frame token, if a body defers.
    frame: Option<VarLoc>,
}

/// What a builder compiling a loop body knows about its loop.
#[derive(Debug)]
pub(crate) struct LoopBody {
    /// This loop's state cell.
    state: VarLoc,
    /// The loop's label.
    label: Option<ObjectId>,
    /// Labels declared in this body (not in nested loop bodies): `goto`s to
    /// them are plain jumps.
    own_labels: HashSet<ObjectId>,
    /// The exit codes this body may return with (checked after the call).
    exits: Vec<i16>,
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    /// `for key, value := range x` (or `=`) where `x` is an iterator function.
    pub fn range_func(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<ObjectId>) {
        let mark = self.mark();
        let tt = &self.prog.checked.types;
        let yield_ty = match tt.under(self.type_of(x)) {
            TypeKind::Func(sig) => sig.params.first().copied().unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let yield_params = tt.signature(yield_ty).map(|s| s.params.clone()).unwrap_or_default();
        let outermost = self.range_shared.is_none();
        if outermost {
            self.range_shared = Some(self.new_range_shared(body));
        }
        self.set_line(x.span);
        let f = self.alloc();
        self.expr_to(x, f);
        let state = self.alloc();
        self.load_int(state, READY as i64);
        self.emit(Instr::Box { dst: state, src: state });
        let a = self.alloc();
        let exits = self.loop_body_closure(key, value, define, x, body, label, VarLoc::Cell(state), &yield_params, a);
        self.set_line(x.span);
        self.emit(Instr::Call { f, a, nargs: 1 });
        // The iterator returned: a body that started and neither finished
        // nor panicked on through it had its panic recovered by the iterator.
        let s = Reg(a.0);
        self.read_var(VarLoc::Cell(state), s);
        let ok = self.emit(Instr::JumpIfNeIntImm { a: s, imm: PANIC, off: ShortJump(0) });
        self.load_int(s, MISSING_PANIC as i64);
        self.panic_range_state(s);
        self.patch_to_here(ok);
        self.load_int(s, EXHAUSTED as i64);
        self.write_var(VarLoc::Cell(state), s);
        if !exits.is_empty() {
            self.take_pending_exits(&exits, s);
        }
        if outermost {
            self.range_shared = None;
        }
        self.release(mark);
    }

    /// The shared cells for an outermost loop whose body is `body`.
    fn new_range_shared(&mut self, body: &Block) -> RangeShared {
        let cell = |b: &mut Self, init: &dyn Fn(&mut Self, Reg)| {
            let r = b.alloc();
            init(b, r);
            b.emit(Instr::Box { dst: r, src: r });
            VarLoc::Cell(r)
        };
        let next = cell(self, &|b, r| b.load_int(r, 0));
        let returns_values = super::scan::any_stmt(&body.stmts, &|s| matches!(&s.kind, StmtKind::Return(v) if !v.is_empty()));
        let results = if returns_values {
            let types = self.result_types.clone();
            types.into_iter().map(|t| cell(self, &|b, r| b.zero(t, r))).collect()
        } else {
            Vec::new()
        };
        let frame = super::scan::contains_defer(body).then(|| {
            let native = self.prog.native("runtime.rangeFuncFrame");
            cell(self, &|b, r| {
                b.emit(Instr::CallNative { native, a: r, nargs: 0, nret: 1 });
            })
        });
        RangeShared { next, results, frame }
    }

    /// `runtime.panicrangestate(R[s])` (`s` the top register).
    fn panic_range_state(&mut self, s: Reg) {
        let native = self.prog.native("runtime.panicrangestate");
        self.emit(Instr::CallNative { native, a: s, nargs: 1, nret: 0 });
    }

    /// Compiles the body as a closure into `dst` (the top register) and
    /// returns the exit codes it may leave with.
    #[allow(clippy::too_many_arguments)]
    fn loop_body_closure(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<ObjectId>, state: VarLoc, yield_params: &[TypeId], dst: Reg) -> Vec<i16> {
        self.range_count += 1;
        let name = format!("{}-range{}", self.proto.name, self.range_count);
        let captured: Vec<ObjectId> = self.unit.info.range_func_captures.get(&x.id).cloned().unwrap_or_default();
        let shared = self.range_shared.clone().expect("set by range_func");
        // The hidden captures follow the variables': state, next, results, frame.
        let mut hidden = vec![state, shared.next];
        hidden.extend(shared.results.iter().copied());
        hidden.extend(shared.frame);
        let own_labels = self.own_labels(&body.stmts);
        let idx = self.prog.reserve_func(name.clone());
        let boxed = self.boxed.clone();
        let unit = self.unit;
        let line = self.line_of(body.span);
        let result_types = self.result_types.clone();
        let (proto, exits) = {
            let mut inner = FuncBuilder::new(&mut *self.prog, unit, name, boxed);
            inner.proto.decl_line = line;
            inner.line = line;
            inner.result_types = result_types;
            for (i, o) in captured.iter().enumerate() {
                inner.captures.insert(*o, i as u16);
            }
            let n = captured.len() as u16;
            let cap = |i: usize| VarLoc::Capture(n + i as u16);
            let nres = shared.results.len();
            inner.range_shared = Some(RangeShared {
                next: cap(1),
                results: (0..nres).map(|i| cap(2 + i)).collect(),
                frame: shared.frame.map(|_| cap(2 + nres)),
            });
            inner.loop_body = Some(Box::new(LoopBody { state: cap(0), label, own_labels, exits: Vec::new() }));
            let nparams = yield_params.len();
            let params = inner.alloc_n(nparams);
            let p = |i: usize| Reg(params.0 + i as u16);
            let kt = yield_params.first().copied().unwrap_or(TypeId::INVALID);
            let vt = yield_params.get(1).copied().unwrap_or(TypeId::INVALID);
            if define {
                // The parameters are the iteration variables (fresh per call).
                for (i, e) in [key, value].into_iter().enumerate() {
                    let obj = e.and_then(|e| inner.unit.info.defs.get(&e.span).copied());
                    inner.bind_var(obj, p(i));
                    inner.push_name(obj);
                }
            } else {
                inner.range_vars([(key, p(0), kt), (value, p(1), vt)], false);
            }
            inner.enter_body();
            inner.block(&body.stmts);
            inner.line = inner.line_of(body.span.end_point());
            inner.return_from_body(READY);
            let exits = inner.loop_body.take().map(|b| b.exits).unwrap_or_default();
            let mut proto = inner.finish(nparams as u16, 1);
            proto.num_captures = (captured.len() + hidden.len()) as u16;
            (proto, exits)
        };
        self.prog.set_func(idx, proto);
        let base = self.alloc_n(captured.len() + hidden.len());
        let locs: Vec<Option<VarLoc>> = captured.iter().map(|o| self.var_loc(*o)).chain(hidden.into_iter().map(Some)).collect();
        for (i, loc) in locs.into_iter().enumerate() {
            self.capture_ref(loc, Reg(base.0 + i as u16));
        }
        self.emit(Instr::MakeClosure { dst: base, func: idx });
        if base != dst {
            self.emit(Instr::Move { dst, src: base });
        }
        exits
    }

    /// The check a body starts with: the loop must be ready (not finished,
    /// not broken out of, no earlier body panicking); it is then running.
    fn enter_body(&mut self) {
        let state = self.loop_body.as_ref().expect("in a loop body").state;
        let t = self.alloc();
        let s = self.alloc();
        self.read_var(state, s);
        self.load_int(t, PANIC as i64);
        self.write_var(state, t);
        let ok = self.emit(Instr::JumpIfEqIntImm { a: s, imm: READY, off: ShortJump(0) });
        self.panic_range_state(s);
        self.patch_to_here(ok);
        self.release(t.0);
    }

    /// Ends a run of the body: the loop goes on (`READY`, yield returns
    /// true) or stops (`DONE`, false).
    fn return_from_body(&mut self, to: i16) {
        let state = self.loop_body.as_ref().expect("in a loop body").state;
        let mark = self.mark();
        let r = self.alloc();
        self.load_int(r, to as i64);
        self.write_var(state, r);
        self.emit(Instr::LoadBool { dst: r, value: to == READY });
        self.emit(Instr::Return { a: r, n: 1 });
        self.release(mark);
    }

    /// Leaves the loop body with `exit`: this loop's own break or continue,
    /// or an exit code for the code after the iterator call.
    fn leave_body(&mut self, exit: Exit) {
        let Some(lb) = self.loop_body.as_mut() else { return };
        match exit {
            Exit::Break(l) if lb.label == Some(l) => return self.return_from_body(DONE),
            Exit::Continue(l) if lb.label == Some(l) => return self.return_from_body(READY),
            _ => {}
        }
        let code = self.prog.range_exit_code(exit);
        let lb = self.loop_body.as_mut().expect("checked above");
        if !lb.exits.contains(&code) {
            lb.exits.push(code);
        }
        let next = self.range_shared.as_ref().expect("in a loop body").next;
        let mark = self.mark();
        let r = self.alloc();
        self.load_int(r, code as i64);
        self.write_var(next, r);
        self.release(mark);
        self.return_from_body(DONE);
    }

    /// Goes to `exit`'s target: a jump when it is in this function (or
    /// body), else out through this loop body.
    pub fn take_exit(&mut self, exit: Exit) {
        match exit {
            Exit::Break(l) | Exit::Continue(l) => {
                let is_continue = matches!(exit, Exit::Continue(_));
                match self.breakables.iter().rposition(|b| b.label == Some(l)) {
                    Some(idx) => {
                        let j = self.emit_jump();
                        let b = &mut self.breakables[idx];
                        if is_continue { b.continues.push(j) } else { b.breaks.push(j) }
                    }
                    None => self.leave_body(exit),
                }
            }
            Exit::Goto(l) => {
                if self.goto_is_local(l) {
                    let j = self.emit_jump();
                    self.goto_from(j, l);
                } else {
                    self.leave_body(exit);
                }
            }
            Exit::Return if self.loop_body.is_none() => self.emit_return_path(),
            Exit::ReturnValues if self.loop_body.is_none() => {
                let cells = self.range_shared.as_ref().map(|s| s.results.clone()).unwrap_or_default();
                let base = Reg(self.mark());
                for c in &cells {
                    let r = self.alloc();
                    self.read_var(*c, r);
                }
                self.return_values_at(base, cells.len());
                self.release(base.0);
            }
            Exit::Return | Exit::ReturnValues => self.leave_body(exit),
        }
    }

    /// Whether `goto label` here is a plain jump (the label is in this
    /// function, or in this loop body).
    pub fn goto_is_local(&self, label: ObjectId) -> bool {
        self.loop_body.as_ref().is_none_or(|b| b.own_labels.contains(&label))
    }

    /// `break`/`continue` whose target is not a statement inside this
    /// body: this loop (unlabeled, or its label) or an outer statement.
    pub fn branch_out_of_body(&mut self, label: Option<ObjectId>, is_continue: bool) {
        match (label, is_continue) {
            (Some(l), false) => self.take_exit(Exit::Break(l)),
            (Some(l), true) => self.take_exit(Exit::Continue(l)),
            (None, false) => self.return_from_body(DONE),
            (None, true) => self.return_from_body(READY),
        }
    }

    /// `return` in a loop body: the values go to the result cells, then
    /// the body leaves with the matching exit code.
    pub fn return_in_body(&mut self, values: &[Expr]) {
        if values.is_empty() {
            return self.take_exit(Exit::Return);
        }
        let types = self.result_types.clone();
        let to: Vec<Option<TypeId>> = types.iter().map(|t| Some(*t)).collect();
        let base = self.values_into(values, types.len(), &to);
        let cells = self.range_shared.as_ref().map(|s| s.results.clone()).unwrap_or_default();
        for (i, c) in cells.iter().enumerate() {
            self.write_var(*c, Reg(base.0 + i as u16));
        }
        self.take_exit(Exit::ReturnValues);
    }

    /// After a `defer` in a loop body: the call belongs to the enclosing
    /// function's frame.
    pub fn move_defer_out_of_body(&mut self) {
        let Some(frame) = self.range_shared.as_ref().and_then(|s| s.frame) else { return };
        let mark = self.mark();
        let r = self.alloc();
        self.read_var(frame, r);
        let native = self.prog.native("runtime.deferToFrame");
        self.emit(Instr::CallNative { native, a: r, nargs: 1, nret: 0 });
        self.release(mark);
    }

    /// After the iterator call: the exit code a body left with (in
    /// `next`) is taken here, or passed on outward.
    fn take_pending_exits(&mut self, exits: &[i16], n: Reg) {
        let next = self.range_shared.as_ref().expect("set by range_func").next;
        self.read_var(next, n);
        let none = self.emit(Instr::JumpIfEqIntImm { a: n, imm: 0, off: ShortJump(0) });
        for &code in exits {
            let other = self.emit(Instr::JumpIfNeIntImm { a: n, imm: code, off: ShortJump(0) });
            let mark = self.mark();
            let z = self.alloc();
            self.load_int(z, 0);
            self.write_var(next, z);
            self.release(mark);
            let exit = self.prog.range_exit(code);
            self.take_exit(exit);
            self.patch_to_here(other);
        }
        self.patch_to_here(none);
    }

    /// The labels declared in `stmts`, not inside nested range-over-func
    /// loop bodies.
    fn own_labels(&self, stmts: &[Stmt]) -> HashSet<ObjectId> {
        let mut out = HashSet::new();
        let is_range_func = |x: &Expr| matches!(self.prog.checked.types.under(self.type_of(x)), TypeKind::Func(_));
        super::scan::visit_stmts(stmts, &mut |s| match &s.kind {
            StmtKind::Labeled { label, .. } => {
                if let Some(o) = self.obj_of_def(label) {
                    out.insert(o);
                }
                true
            }
            StmtKind::Range { x, .. } => !is_range_func(x),
            _ => true,
        });
        out
    }
}
