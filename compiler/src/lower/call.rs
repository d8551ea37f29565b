//! Owns lowering calls: the register window (arguments at `R[a..]`, results
//! back at `R[a..]`), argument coercion and variadic packing (`f(xs...)`,
//! `f(g())` spreading a multi-valued call), the choice between direct calls,
//! natives, interface dispatch and function values, conversions `T(x)`, and
//! the same targets registered by `defer` and started by `go`.
//! Must not know how the VM performs calls.

use super::func::FuncBuilder;
use super::types::Repr;
use crate::info::{Mode, ObjectKind, SelectionKind, SelectionTarget};
use crate::types::{Signature, TypeId, TypeKind};
use minigo_grammar::ast::{Expr, ExprKind};
use minigo_grammar::Span;
use minigo_vm::bytecode::{ConvOp, FuncIdx, Instr, MethodId, NativeIdx, Reg};

/// The instruction that replaces a call of native `name` with its window at
/// `a` (result in `R[a]`), for natives cheap enough that a call costs more
/// than the work: `math.Sqrt`, `strconv.Itoa`, `strings.Builder`'s
/// `WriteString`/`WriteByte` (its `buf string` field grown in place), and
/// `math/bits`' counting functions that loops call most (an unsigned value is
/// held zero-extended, so `OnesCount` and `Len` are the same op at every width).
fn intrinsic(name: &str, a: Reg, nargs: u8) -> Option<Instr> {
    let bits_op = |op| Some(Instr::Convert { dst: a, src: a, op });
    match (name, nargs) {
        ("bits.OnesCount" | "bits.OnesCount8" | "bits.OnesCount16" | "bits.OnesCount32" | "bits.OnesCount64", 1) => bits_op(ConvOp::OnesCount),
        ("bits.Len" | "bits.Len8" | "bits.Len16" | "bits.Len32" | "bits.Len64", 1) => bits_op(ConvOp::BitLen),
        ("bits.LeadingZeros" | "bits.LeadingZeros64", 1) => bits_op(ConvOp::LeadingZeros64),
        ("bits.TrailingZeros" | "bits.TrailingZeros64", 1) => bits_op(ConvOp::TrailingZeros64),
        ("math.Sqrt", 1) => Some(Instr::SqrtFloat { dst: a, src: a }),
        ("strconv.Itoa", 1) => Some(Instr::Convert { dst: a, src: a, op: ConvOp::IntToDecimal }),
        ("strings.(*Builder).WriteString", 2) => Some(Instr::AppendStrField { a, byte: false }),
        ("strings.(*Builder).WriteByte", 2) => Some(Instr::AppendStrField { a, byte: true }),
        _ => None,
    }
}

/// What a prepared call invokes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Target {
    Direct(FuncIdx),
    Native { native: NativeIdx, nret: u8 },
    /// Interface dispatch: the interface value is `R[a]`, arguments follow.
    Iface(MethodId),
    /// A function value in a register below the window.
    Value(Reg),
}

/// A call whose arguments are in place.
pub(crate) struct Prepared {
    pub target: Target,
    /// First register of the window (receiver or first argument).
    pub a: Reg,
    pub nargs: u8,
}

/// How a call statement uses the callee.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CallUse {
    Defer,
    Go,
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    fn strip_parens(e: &Expr) -> &Expr {
        match &e.kind {
            ExprKind::Paren(x) => Self::strip_parens(x),
            _ => e,
        }
    }

    /// A call expression's value into `dst` (its first result).
    pub fn call_value(&mut self, e: &Expr, dst: Reg) {
        if dst.0 + 1 == self.mark() {
            self.call_at(e, dst, 1);
        } else {
            let t = self.alloc();
            self.call_at(e, t, 1);
            self.emit(Instr::Move { dst, src: t });
        }
    }

    /// Evaluates call `e` with its window at `base` (the registers from `base`
    /// up are free); its results land in `base..`. Afterwards the top is
    /// `base + keep`.
    pub fn call_at(&mut self, e: &Expr, base: Reg, keep: usize) {
        self.set_top(base.0);
        let ExprKind::Call { func, args, ellipsis } = &e.kind else {
            self.expr_to(e, base);
            self.set_top(base.0 + keep as u16);
            return;
        };
        let callee = Self::strip_parens(func);
        match self.tv(callee).map(|t| t.mode.clone()) {
            Some(Mode::TypeExpr) => {
                let to = self.type_of(callee);
                self.alloc();
                if let Some(arg) = args.first() {
                    self.convert(arg, to, base);
                }
            }
            Some(Mode::Builtin(b)) => {
                self.alloc();
                self.set_line(e.span);
                self.builtin(e, b, args, ellipsis.is_some(), base);
            }
            _ => {
                let p = self.prepare_call(e, callee, args, ellipsis.is_some(), base);
                self.set_line(e.span);
                self.emit_call(&p);
                let nres = self.multi_types(e).len() as u16;
                self.touch(p.a.0 + nres.max(p.nargs as u16) + 1);
                if p.a != base {
                    let n = self.multi_types(e).len().max(keep);
                    for i in 0..n as u16 {
                        self.emit(Instr::Move { dst: Reg(base.0 + i), src: Reg(p.a.0 + i) });
                    }
                }
            }
        }
        self.set_top(base.0 + keep as u16);
    }

    fn emit_call(&mut self, p: &Prepared) {
        let (a, nargs) = (p.a, p.nargs);
        match p.target {
            Target::Direct(func) => self.emit(Instr::CallDirect { func, a }),
            Target::Native { native, nret } => match intrinsic(&self.prog.module.natives[native.0 as usize], a, nargs) {
                Some(Instr::AppendStrField { a, byte: false }) if self.drop_last_decimal(Reg(a.0 + 1)) => self.emit(Instr::AppendDecimalField { a }),
                Some(instr) => self.emit(instr),
                None => self.emit(Instr::CallNative { native, a, nargs, nret }),
            },
            Target::Iface(method) => self.emit(Instr::CallIface { a, method, nargs: nargs - 1 }),
            Target::Value(f) => self.emit(Instr::Call { f, a, nargs }),
        };
    }

    /// Removes the last instruction if it is `strconv.Itoa`'s in place
    /// conversion of `r` (`Convert r r IntToDecimal`), the argument the next
    /// instruction then formats itself. Nothing jumps between the two: the
    /// conversion ends the argument's evaluation.
    fn drop_last_decimal(&mut self, r: Reg) -> bool {
        if self.proto.code.last() != Some(&Instr::Convert { dst: r, src: r, op: ConvOp::IntToDecimal }) {
            return false;
        }
        self.proto.code.pop();
        self.proto.lines.pop();
        true
    }

    /// `defer call` / `go call`.
    pub fn defer_or_go(&mut self, e: &Expr, how: CallUse) {
        let mark = self.mark();
        let base = Reg(mark);
        let ExprKind::Call { func, args, ellipsis } = &e.kind else {
            return;
        };
        let callee = Self::strip_parens(func);
        self.set_line(e.span);
        if let Some(Mode::Builtin(b)) = self.tv(callee).map(|t| t.mode.clone()) {
            self.builtin_deferred(e, b, args, how, base);
            self.release(mark);
            return;
        }
        if matches!(self.tv(callee).map(|t| &t.mode), Some(Mode::TypeExpr)) {
            self.prog.unsupported(e.span, "deferring a conversion");
            return;
        }
        let mut p = self.prepare_call(e, callee, args, ellipsis.is_some(), base);
        if let Target::Iface(method) = p.target {
            // Resolve the method now: a nil interface panics at the statement.
            self.emit(Instr::IfaceMethodValue { dst: p.a, src: p.a, method });
            p = Prepared { target: Target::Value(p.a), a: Reg(p.a.0 + 1), nargs: p.nargs - 1 };
        }
        self.set_line(e.span);
        let (a, nargs) = (p.a, p.nargs);
        let instr = match (p.target, how) {
            (Target::Direct(func), CallUse::Defer) => Instr::DeferDirect { func, a, nargs },
            (Target::Direct(func), _) => Instr::GoDirect { func, a, nargs },
            (Target::Native { native, .. }, CallUse::Defer) => Instr::DeferNative { native, a, nargs },
            (Target::Native { native, .. }, _) => Instr::GoNative { native, a, nargs },
            (Target::Value(f), CallUse::Defer) => Instr::Defer { f, a, nargs },
            (Target::Value(f), _) => Instr::Go { f, a, nargs },
            (Target::Iface(_), _) => unreachable!("resolved above"),
        };
        self.emit(instr);
        self.release(mark);
    }

    /// Evaluates the callee and arguments of a (non-builtin, non-conversion)
    /// call into a window starting at `base` (the top register).
    fn prepare_call(&mut self, e: &Expr, callee: &Expr, args: &[Expr], spread: bool, base: Reg) -> Prepared {
        // `x.M[T](…)`: a method with type parameters, called as `x.M(…)`.
        let callee = match &callee.kind {
            ExprKind::Index(x, _) | ExprKind::IndexList(x, _) if self.unit.info.selections.contains_key(&x.id) => &**x,
            _ => callee,
        };
        let sig = self.prog.checked.types.signature(self.type_of(callee)).cloned();
        let sig = sig.unwrap_or(Signature { params: vec![], results: vec![], variadic: false });
        // A method call `x.M(…)`.
        if let ExprKind::Selector(x, _) = &callee.kind {
            if let Some(sel) = self.unit.info.selections.get(&callee.id) {
                if sel.kind == SelectionKind::MethodVal {
                    let recv = self.alloc();
                    self.receiver_into(x, sel, recv);
                    let n = self.args_into(args, spread, &sig);
                    let nargs = (n + 1) as u8;
                    let nret = sig.results.len() as u8;
                    let target = match sel.target {
                        SelectionTarget::Method { func, .. } => match self.prog.native_index(func) {
                            Some(native) => Target::Native { native, nret },
                            None => Target::Direct(self.prog.func_index(func).unwrap_or_default()),
                        },
                        SelectionTarget::InterfaceMethod { iface, index } => {
                            let name = self.prog.checked.types.interface_methods(iface).get(index).map(|m| m.name.clone());
                            Target::Iface(self.prog.method_id(&name.unwrap_or_default()))
                        }
                        SelectionTarget::Field(_) => Target::Direct(FuncIdx(0)),
                    };
                    return Prepared { target, a: recv, nargs };
                }
                if sel.kind == SelectionKind::MethodExpr {
                    if let Some(func) = self.method_expr_func(sel, callee) {
                        let n = self.args_into(args, spread, &sig) as u8;
                        return Prepared { target: Target::Direct(func), a: base, nargs: n };
                    }
                }
            }
        }
        // A declared function (user or stdlib).
        if let Some(obj) = self.obj_of_use(callee) {
            if let ObjectKind::Func { .. } = self.fn_obj_kind(obj) {
                let n = self.args_into(args, spread, &sig) as u8;
                let nret = sig.results.len() as u8;
                let target = match self.prog.native_index(obj) {
                    Some(native) => Target::Native { native, nret },
                    None => Target::Direct(self.prog.func_index(obj).unwrap_or_default()),
                };
                return Prepared { target, a: base, nargs: n };
            }
        }
        // A function value: evaluated first, below the window (a register
        // variable as is: argument expressions cannot assign it).
        let f = match self.plain_local(callee) {
            Some(super::func::VarLoc::Reg(r)) => r,
            _ => {
                let f = self.alloc();
                self.expr_raw(callee, f);
                f
            }
        };
        let a = Reg(self.mark());
        let n = self.args_into(args, spread, &sig) as u8;
        let _ = e;
        Prepared { target: Target::Value(f), a, nargs: n }
    }

    /// Evaluates arguments into fresh consecutive registers (the top), with
    /// implicit conversions and variadic packing. Returns how many registers
    /// the callee receives.
    pub fn args_into(&mut self, args: &[Expr], spread: bool, sig: &Signature) -> usize {
        let nparams = sig.params.len();
        let fixed = if sig.variadic { nparams.saturating_sub(1) } else { nparams };
        // `f(g())` with a multi-valued g.
        if args.len() == 1 && self.multi_types(&args[0]).len() > 1 && matches!(Self::strip_parens(&args[0]).kind, ExprKind::Call { .. }) {
            let types = self.multi_types(&args[0]);
            let first = self.alloc_n(types.len());
            self.call_at(&args[0], first, types.len());
            for (i, t) in types.iter().enumerate().take(fixed) {
                self.coerce(Reg(first.0 + i as u16), *t, sig.params[i]);
            }
            if sig.variadic {
                let elem = self.variadic_elem(sig);
                let extra: Vec<(Reg, TypeId)> = types.iter().enumerate().skip(fixed).map(|(i, t)| (Reg(first.0 + i as u16), *t)).collect();
                let slice = Reg(first.0 + fixed as u16);
                self.pack_regs(&extra, elem, slice);
                self.set_top(slice.0 + 1);
                return fixed + 1;
            }
            return types.len();
        }
        for (i, arg) in args.iter().enumerate().take(fixed) {
            let r = self.alloc();
            self.expr_as(arg, sig.params.get(i).copied(), r);
        }
        if !sig.variadic {
            return args.len().min(fixed).max(args.len());
        }
        let slice = self.alloc();
        if spread {
            if let Some(last) = args.last() {
                self.expr_to(last, slice);
            }
        } else {
            let elem = self.variadic_elem(sig);
            let extras = &args[fixed.min(args.len())..];
            self.emit(Instr::LoadNil { dst: slice });
            let elem_desc = self.desc(elem);
            for chunk in extras.chunks(200) {
                for arg in chunk {
                    let r = self.alloc();
                    self.expr_as(arg, Some(elem), r);
                }
                if !chunk.is_empty() {
                    self.emit(Instr::Append { a: slice, n: chunk.len() as u8, elem: elem_desc });
                }
                self.set_top(slice.0 + 1);
            }
        }
        fixed + 1
    }

    fn variadic_elem(&self, sig: &Signature) -> TypeId {
        match sig.params.last().map(|t| self.prog.checked.types.under(*t)) {
            Some(TypeKind::Slice(e)) => *e,
            _ => TypeId::EMPTY_INTERFACE,
        }
    }

    /// Packs values already in registers into a new slice at `slice` (which
    /// may be the first of them).
    fn pack_regs(&mut self, vals: &[(Reg, TypeId)], elem: TypeId, slice: Reg) {
        let base = self.alloc_n(vals.len() + 1);
        self.emit(Instr::LoadNil { dst: base });
        for (i, (r, t)) in vals.iter().enumerate() {
            let d = Reg(base.0 + 1 + i as u16);
            self.emit(Instr::Move { dst: d, src: *r });
            self.coerce(d, *t, elem);
        }
        let elem_desc = self.desc(elem);
        if !vals.is_empty() {
            self.emit(Instr::Append { a: base, n: vals.len() as u8, elem: elem_desc });
        }
        self.emit(Instr::Move { dst: slice, src: base });
    }

    /// The conversion `T(x)` into `dst`.
    pub fn convert(&mut self, x: &Expr, to: TypeId, dst: Reg) {
        let from = self.type_of(x);
        let tt = &self.prog.checked.types;
        if tt.is_interface(to) {
            self.expr_to(x, dst);
            self.coerce(dst, from, to);
            return;
        }
        let (fu, tu) = (tt.under(from).clone(), tt.under(to).clone());
        let (fr, tr) = (self.repr_of(from), self.repr_of(to));
        match (fr, tr) {
            (Repr::Int(fk), Repr::Int(tk)) => {
                self.expr_to(x, dst);
                if tk.bits() < 64 && (tk.bits() < fk.bits() || tk.is_unsigned() != fk.is_unsigned()) {
                    self.emit(Instr::Wrap { r: dst, kind: tk });
                }
            }
            (Repr::Int(fk), Repr::Float32 | Repr::Float64) => {
                let src = self.operand(x);
                if fk == minigo_vm::bytecode::IntKind::U64 {
                    self.emit(Instr::UintToFloat { dst, src });
                } else {
                    self.emit(Instr::IntToFloat { dst, src });
                }
                if tr == Repr::Float32 {
                    self.emit(Instr::RoundF32 { r: dst });
                }
            }
            (Repr::Float32 | Repr::Float64, Repr::Int(kind)) => {
                let src = self.operand(x);
                self.emit(Instr::FloatToInt { dst, src, kind });
            }
            (Repr::Float64, Repr::Float32) => {
                self.expr_to(x, dst);
                self.emit(Instr::RoundF32 { r: dst });
            }
            (Repr::Int(_), Repr::Str) => self.conv_op(x, dst, ConvOp::RuneToStr),
            (Repr::Ref, Repr::Str) => {
                let op = if is_byte_slice(tt, &fu) { ConvOp::BytesToStr } else { ConvOp::RunesToStr };
                self.conv_op(x, dst, op);
            }
            (Repr::Str, Repr::Ref) => {
                let op = if is_byte_slice(tt, &tu) { ConvOp::StrToBytes } else { ConvOp::StrToRunes };
                self.conv_op(x, dst, op);
            }
            (Repr::Ref, Repr::Agg) | (Repr::Ref, Repr::Ref) if matches!(fu, TypeKind::Slice(_)) && !matches!(tu, TypeKind::Slice(_)) => {
                let (array, to_ptr) = match tu {
                    TypeKind::Pointer(base) => (base, true),
                    _ => (to, false),
                };
                let ty = self.desc(array);
                let src = self.operand(x);
                self.set_line(x.span);
                self.emit(Instr::SliceToArray { dst, src, ty, to_ptr });
            }
            _ => self.expr_to(x, dst),
        }
    }

    fn conv_op(&mut self, x: &Expr, dst: Reg, op: ConvOp) {
        let src = self.operand(x);
        self.set_line(x.span);
        self.emit(Instr::Convert { dst, src, op });
    }

    pub fn unsupported_here(&mut self, span: Span, what: &str) {
        self.prog.unsupported(span, what);
    }
}

fn is_byte_slice(tt: &crate::types::TypeTable, t: &TypeKind) -> bool {
    matches!(t, TypeKind::Slice(e) if tt.basic(*e) == Some(crate::types::BasicKind::Uint8))
}
