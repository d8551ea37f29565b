//! Owns lowering calls of Go's builtin functions (`append cap clear close copy
//! delete len make max min new panic print println recover`) to instructions,
//! and deferring or starting the deferrable ones (as the vm's `builtin.*`
//! natives). Must not know how the VM implements them.

use super::call::CallUse;
use super::func::FuncBuilder;
use super::types::Repr;
use crate::info::{Builtin, Mode};
use crate::types::{TypeId, TypeKind};
use minigo_grammar::ast::{BinOp, Expr};
use minigo_vm::bytecode::{Instr, Reg};

impl<'p, 'a> FuncBuilder<'p, 'a> {
    /// A builtin call's (first) result into `dst` (the top register).
    pub fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool, dst: Reg) {
        let arg_ty = |s: &Self, i: usize| args.get(i).map(|a| s.type_of(a)).unwrap_or(TypeId::INVALID);
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(x) = args.first() else { return };
                let xty = self.type_of(x);
                let src = self.operand(x);
                let tt = &self.prog.checked.types;
                let array = tt.pointer_elem(xty).unwrap_or(xty);
                if let TypeKind::Array(n, _) = *tt.under(array) {
                    // Not constant (the operand has a call or a receive), but
                    // evaluated only for its effects: no dereference.
                    self.load_int(dst, n as i64);
                } else if b == Builtin::Len {
                    self.emit(Instr::Len { dst, src });
                } else {
                    self.emit(Instr::Cap { dst, src });
                }
            }
            Builtin::Append => {
                let sty = self.type_of(e);
                let elem = match self.prog.checked.types.under(sty) {
                    TypeKind::Slice(el) => *el,
                    _ => TypeId::INVALID,
                };
                let elem_desc = self.desc(elem);
                if let Some(first) = args.first() {
                    self.expr_to(first, dst);
                }
                if spread {
                    if let Some(rest) = args.get(1) {
                        let r = self.alloc();
                        self.expr_to(rest, r);
                        self.emit(Instr::AppendSlice { a: dst, elem: elem_desc });
                    }
                    return;
                }
                for chunk in args[1.min(args.len())..].chunks(200) {
                    for a in chunk {
                        let r = self.alloc();
                        self.expr_as(a, Some(elem), r);
                    }
                    self.emit(Instr::Append { a: dst, n: chunk.len() as u8, elem: elem_desc });
                    self.set_top(dst.0 + 1);
                }
            }
            Builtin::Copy => {
                let a = self.operand(&args[0]);
                let bb = self.operand(&args[1]);
                self.emit(Instr::CopySlice { dst, a, b: bb });
            }
            Builtin::Clear => {
                let src = self.operand(&args[0]);
                self.emit(Instr::Clear { src });
            }
            Builtin::Close => {
                let ch = self.operand(&args[0]);
                self.emit(Instr::Close { ch });
            }
            Builtin::Delete => {
                let m = self.operand(&args[0]);
                let key_ty = match self.prog.checked.types.under(arg_ty(self, 0)) {
                    TypeKind::Map(k, _) => Some(*k),
                    _ => None,
                };
                let k = self.alloc();
                self.expr_as(&args[1], key_ty, k);
                self.emit(Instr::MapDelete { m, k });
            }
            Builtin::Make => self.make(e, args, dst),
            Builtin::New => {
                let ty = self.type_of(e);
                let elem = self.prog.checked.types.pointer_elem(ty).unwrap_or(TypeId::INVALID);
                match args.first() {
                    // `new(expr)`: the variable starts as a copy of the value.
                    Some(x) if !matches!(self.tv(x).map(|t| &t.mode), Some(Mode::TypeExpr)) => self.expr_as(x, Some(elem), dst),
                    _ => self.zero(elem, dst),
                }
                self.box_into(dst, dst, elem);
            }
            Builtin::Panic => {
                if let Some(x) = args.first() {
                    self.expr_as(x, Some(TypeId::EMPTY_INTERFACE), dst);
                }
                self.emit(Instr::Panic { src: dst });
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { dst });
            }
            Builtin::Print | Builtin::Println => {
                let name = if b == Builtin::Print { "builtin.print" } else { "builtin.println" };
                let native = self.prog.native(name);
                for a in args {
                    let r = self.alloc();
                    self.print_arg(a, r);
                }
                let a = Reg(dst.0 + 1);
                self.emit(Instr::CallNative { native, a, nargs: args.len() as u8, nret: 0 });
            }
            Builtin::Min | Builtin::Max => self.min_max(e, b, args, dst),
        }
    }

    /// An argument of `print`/`println`: unsigned integers and float32 are
    /// boxed with their type so the vm prints them as Go does.
    fn print_arg(&mut self, a: &Expr, r: Reg) {
        self.expr_to(a, r);
        let ty = self.type_of(a);
        // The native sees only values: those whose printing depends on the
        // static type travel boxed with it (an interface value boxed with
        // its interface type).
        let tt = &self.prog.checked.types;
        let boxed = match self.repr_of(ty) {
            Repr::Int(k) => k.is_unsigned(),
            Repr::Float32 | Repr::Iface => true,
            _ => matches!(tt.under(ty), TypeKind::Slice(_)),
        };
        if boxed {
            let t = self.desc(ty);
            self.emit(Instr::ToIface { dst: r, src: r, ty: t });
        }
    }

    fn make(&mut self, e: &Expr, args: &[Expr], dst: Reg) {
        let ty = self.type_of(e);
        match self.prog.checked.types.under(ty).clone() {
            TypeKind::Slice(elem) => {
                let a = self.alloc_n(2);
                if let Some(l) = args.get(1) {
                    self.expr_to(l, a);
                }
                let has_cap = args.len() > 2;
                if let Some(c) = args.get(2) {
                    self.expr_to(c, Reg(a.0 + 1));
                }
                let elem = self.desc(elem);
                self.set_line(e.span);
                self.emit(Instr::MakeSlice { dst, elem, a, has_cap });
            }
            TypeKind::Map(..) => {
                let t = self.desc(ty);
                self.emit(Instr::MakeMap { dst, ty: t });
            }
            TypeKind::Chan(_, elem) => {
                let size = self.alloc();
                match args.get(1) {
                    Some(s) => self.expr_to(s, size),
                    None => self.load_int(size, 0),
                }
                let elem = self.desc(elem);
                self.set_line(e.span);
                self.emit(Instr::MakeChan { dst, elem, size });
            }
            _ => {
                self.emit(Instr::LoadNil { dst });
            }
        }
    }

    /// `min(a, b, …)` / `max(…)`: pairwise selection (a NaN operand wins, as in Go).
    fn min_max(&mut self, e: &Expr, b: Builtin, args: &[Expr], dst: Reg) {
        let ty = self.type_of(e);
        let Some(first) = args.first() else { return };
        self.expr_to(first, dst);
        let is_float = matches!(self.repr_of(ty), Repr::Float32 | Repr::Float64);
        for a in &args[1..] {
            let mark = self.mark();
            let r = self.alloc();
            self.expr_to(a, r);
            let c = self.alloc();
            // Take r when r < dst (min) / dst < r (max), or r is NaN (r != r).
            let (x, y) = if b == Builtin::Min { (r, dst) } else { (dst, r) };
            self.compare_regs(BinOp::Lt, ty, c, x, y);
            let take = self.emit_jump_if(c, true);
            if is_float {
                self.compare_regs(BinOp::Ne, ty, c, r, r);
                let take_nan = self.emit_jump_if(c, true);
                // Equal zeros: -0 is the smaller (1/-0 = -Inf < 1/+0 = +Inf).
                self.compare_regs(BinOp::Eq, ty, c, r, dst);
                let not_equal = self.emit_jump_if(c, false);
                let (one, inv_r, inv_d) = (self.alloc(), self.alloc(), self.alloc());
                let k = self.konst(minigo_vm::bytecode::Const::Float(1.0));
                self.emit(Instr::LoadConst { dst: one, k });
                self.emit(Instr::DivFloat { dst: inv_r, a: one, b: r });
                self.emit(Instr::DivFloat { dst: inv_d, a: one, b: dst });
                let (p, q) = if b == Builtin::Min { (inv_r, inv_d) } else { (inv_d, inv_r) };
                self.compare_regs(BinOp::Lt, ty, c, p, q);
                let take_zero = self.emit_jump_if(c, true);
                self.patch_to_here(not_equal);
                let skip = self.emit_jump();
                self.patch_to_here(take);
                self.patch_to_here(take_nan);
                self.patch_to_here(take_zero);
                self.emit(Instr::Move { dst, src: r });
                self.patch_to_here(skip);
            } else {
                let skip = self.emit_jump();
                self.patch_to_here(take);
                self.emit(Instr::Move { dst, src: r });
                self.patch_to_here(skip);
            }
            self.release(mark);
        }
    }

    /// `dst = a op b` for a comparison of two registers of type `ty`.
    pub fn compare_regs(&mut self, op: BinOp, ty: TypeId, dst: Reg, a: Reg, b: Reg) {
        let instr = match (self.repr_of(ty), op) {
            (Repr::Int(k), BinOp::Lt) if k.is_unsigned() && k.bits() == 64 => Instr::LtUint { dst, a, b },
            (Repr::Int(_), BinOp::Lt) => Instr::LtInt { dst, a, b },
            (Repr::Int(_), BinOp::Eq) => Instr::EqInt { dst, a, b },
            (Repr::Int(_), BinOp::Ne) => Instr::NeInt { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Lt) => Instr::LtFloat { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Ne) => Instr::NeFloat { dst, a, b },
            (Repr::Float32 | Repr::Float64, _) => Instr::EqFloat { dst, a, b },
            (Repr::Str, BinOp::Lt) => Instr::LtStr { dst, a, b },
            (Repr::Str, BinOp::Ne) => Instr::NeStr { dst, a, b },
            (Repr::Str, _) => Instr::EqStr { dst, a, b },
            (_, BinOp::Ne) => Instr::Ne { dst, a, b },
            _ => Instr::Eq { dst, a, b },
        };
        self.emit(instr);
    }

    /// `defer`/`go` of a builtin (run later by the vm's `builtin.*` natives).
    pub fn builtin_deferred(&mut self, e: &Expr, b: Builtin, args: &[Expr], how: CallUse, base: Reg) {
        let name = match b {
            Builtin::Print => "builtin.print",
            Builtin::Println => "builtin.println",
            Builtin::Panic => "builtin.panic",
            Builtin::Recover => "builtin.recover",
            Builtin::Close => "builtin.close",
            Builtin::Delete => "builtin.delete",
            Builtin::Copy => "builtin.copy",
            Builtin::Clear => "builtin.clear",
            _ => {
                self.unsupported_here(e.span, &format!("defer or go of builtin {}", b.name()));
                return;
            }
        };
        let native = self.prog.native(name);
        let key_ty = match (b, args.first()) {
            (Builtin::Delete, Some(m)) => match self.prog.checked.types.under(self.type_of(m)) {
                TypeKind::Map(k, _) => Some(*k),
                _ => None,
            },
            _ => None,
        };
        for (i, a) in args.iter().enumerate() {
            let r = self.alloc();
            let to = match b {
                Builtin::Panic => Some(TypeId::EMPTY_INTERFACE),
                Builtin::Delete if i == 1 => key_ty,
                _ => None,
            };
            if matches!(b, Builtin::Print | Builtin::Println) {
                self.print_arg(a, r);
            } else {
                self.expr_as(a, to, r);
            }
        }
        let nargs = args.len() as u8;
        self.set_line(e.span);
        match how {
            CallUse::Go => self.emit(Instr::GoNative { native, a: base, nargs }),
            _ => self.emit(Instr::DeferNative { native, a: base, nargs }),
        };
    }
}
