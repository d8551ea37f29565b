//! Owns lowering expressions to registers: constants (folded by the checker),
//! variables, typed operators (the checker's types select `AddInt` vs
//! `AddFloat` vs `ConcatStr`, narrow integers are wrapped, float32 rounded),
//! short-circuit logic, comparisons, selectors and field paths, indexing,
//! slicing, type assertions, `&x`, `*p`, implicit conversions to interfaces,
//! and the value-semantics copy of aggregates read from variables.
//! Must not know how instructions execute.

use super::func::{FuncBuilder, VarLoc};
use super::types::{repr, Repr};
use crate::constant::ConstValue;
use crate::info::{Mode, ObjectKind, Selection, SelectionKind, SelectionTarget, TypeAndValue};
use crate::types::{BasicKind, TypeId, TypeKind};
use minigo_grammar::ast::{BinOp, Expr, ExprKind, UnOp};
use minigo_vm::bytecode::{Const, FuncIdx, IntKind, Instr, Reg, ShortConst, SliceMode};

impl<'p, 'a> FuncBuilder<'p, 'a> {
    pub fn tv(&self, e: &Expr) -> Option<&'a TypeAndValue> {
        self.unit.info.type_of(e.id)
    }

    pub fn type_of(&self, e: &Expr) -> TypeId {
        self.tv(e).map(|t| t.ty).unwrap_or(TypeId::INVALID)
    }

    pub fn repr_of(&self, ty: TypeId) -> Repr {
        repr(self.prog.checked, ty)
    }

    /// Evaluates `e` into `dst` as a fresh value (aggregates read from
    /// variables are copied). `dst` must not be read by `e`.
    pub fn expr_to(&mut self, e: &Expr, dst: Reg) {
        let Some(tv) = self.tv(e) else {
            self.emit(Instr::LoadNil { dst });
            return;
        };
        if let Mode::Constant(v) = &tv.mode {
            self.constant(v, tv.ty, dst);
            return;
        }
        let copy = matches!(tv.mode, Mode::Variable | Mode::MapIndex) && self.repr_of(tv.ty) == Repr::Agg;
        if copy {
            if let Some(VarLoc::Reg(r)) = self.plain_local(e) {
                self.emit(Instr::CopyAgg { dst, src: r });
                return;
            }
        }
        let mark = self.mark();
        self.expr_raw(e, dst);
        self.release(mark);
        if copy {
            self.emit(Instr::CopyAgg { dst, src: dst });
        }
    }

    /// `expr_to`, then the implicit conversion to type `to` (interfaces).
    pub fn expr_as(&mut self, e: &Expr, to: Option<TypeId>, dst: Reg) {
        if let (Some(to), Some(Mode::Constant(v))) = (to, self.tv(e).map(|t| &t.mode)) {
            let from = self.type_of(e);
            let tt = &self.prog.checked.types;
            if tt.is_interface(to) && !tt.is_interface(from) {
                let v = v.clone();
                self.constant_iface(&v, default_type(from), dst);
                return;
            }
        }
        self.expr_to(e, dst);
        if let Some(to) = to {
            let from = self.type_of(e);
            self.coerce(dst, from, to);
        }
    }

    /// A register holding `e`'s value, without copying aggregates (read-only):
    /// a variable's own register when possible, else a fresh temporary.
    pub fn operand(&mut self, e: &Expr) -> Reg {
        if let Some(VarLoc::Reg(r)) = self.plain_local(e) {
            return r;
        }
        let r = self.alloc();
        let mark = self.mark();
        match self.tv(e).map(|t| &t.mode) {
            Some(Mode::Constant(v)) => {
                let ty = self.type_of(e);
                self.constant(v, ty, r);
            }
            _ => self.expr_raw(e, r),
        }
        self.release(mark);
        r
    }

    /// The location of a local variable `e` names (through parentheses).
    pub fn plain_local(&self, e: &Expr) -> Option<VarLoc> {
        match &e.kind {
            ExprKind::Ident(_) => {
                let obj = self.obj_of_use(e)?;
                match self.vars.get(&obj) {
                    Some(l @ VarLoc::Reg(_)) => Some(*l),
                    _ => None,
                }
            }
            ExprKind::Paren(x) => self.plain_local(x),
            _ => None,
        }
    }

    /// The implicit conversion of a value of type `from` in `r` to type `to`:
    /// a concrete value assigned to an interface becomes an interface value.
    pub fn coerce(&mut self, r: Reg, from: TypeId, to: TypeId) {
        let tt = &self.prog.checked.types;
        if from == to || !tt.is_interface(to) || tt.is_interface(from) || from == TypeId::INVALID {
            return;
        }
        if matches!(tt.kind(from), TypeKind::Basic(BasicKind::UntypedNil)) {
            return;
        }
        let from = default_type(from);
        let ty = self.desc(from);
        self.emit(Instr::ToIface { dst: r, src: r, ty });
    }

    pub fn constant(&mut self, v: &ConstValue, ty: TypeId, dst: Reg) {
        if self.prog.checked.types.is_interface(ty) {
            // An untyped constant given to an interface: its default type.
            self.constant_iface(v, const_default_type(v), dst);
            return;
        }
        match self.pool_const(v, ty) {
            Const::Bool(value) => {
                self.emit(Instr::LoadBool { dst, value });
            }
            Const::Int(i) => self.load_int(dst, i),
            c => {
                let k = self.konst(c);
                self.emit(Instr::LoadConst { dst, k });
            }
        }
    }

    /// Constant `v` of the non-interface type `dyn_ty` as an interface value.
    /// Go keeps such boxes in static data, so equal constants share one box
    /// program-wide (`IfaceConst`; a re-panic with the same constant is one
    /// crash-chain line).
    pub fn constant_iface(&mut self, v: &ConstValue, dyn_ty: TypeId, dst: Reg) {
        let c = self.pool_const(v, dyn_ty);
        let k = self.konst(c);
        let ty = self.desc(dyn_ty);
        match u16::try_from(k.0) {
            Ok(k) => self.emit(Instr::IfaceConst { dst, k, ty }),
            Err(_) => {
                self.emit(Instr::LoadConst { dst, k });
                self.emit(Instr::ToIface { dst, src: dst, ty })
            }
        };
    }

    /// The constant-pool form of constant `v` of the non-interface type `ty`.
    pub(super) fn pool_const(&self, v: &ConstValue, ty: TypeId) -> Const {
        match (self.repr_of(ty), v) {
            (_, ConstValue::Bool(b)) => Const::Bool(*b),
            (_, ConstValue::String(s)) => Const::Str(s.clone()),
            (Repr::Int(kind), v) => {
                let i = v.as_int().map(|b| if kind == IntKind::U64 { b.to_bits64() as i64 } else { b.to_i128() as i64 });
                Const::Int(kind.wrap(i.unwrap_or(0)))
            }
            (Repr::Float32 | Repr::Float64, v) => {
                let exact = v.as_rat();
                let f = match self.repr_of(ty) {
                    Repr::Float32 => exact.map_or(0.0, |r| r.to_f32()),
                    _ => exact.map_or(0.0, |r| r.to_f64()),
                };
                // Go constants have no negative zero.
                Const::Float(if f == 0.0 { 0.0 } else { f })
            }
            (_, ConstValue::Int(i)) => Const::Int(i.to_i128() as i64),
            (_, v) => Const::Float(v.as_f64().unwrap_or(0.0)),
        }
    }

    /// Evaluates `e` into `dst` without the aggregate copy.
    pub fn expr_raw(&mut self, e: &Expr, dst: Reg) {
        if let Some(Mode::Constant(v)) = self.tv(e).map(|t| &t.mode) {
            let ty = self.type_of(e);
            self.constant(v, ty, dst);
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_raw(x, dst),
            ExprKind::Ident(name) => self.ident(e, name, dst),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, dst),
            ExprKind::CompositeLit { .. } => self.composite(e, dst),
            ExprKind::Selector(x, sel) => self.selector(e, x, &sel.name, dst),
            // `Map[int, string]`: an instance of a generic function.
            ExprKind::Index(..) | ExprKind::IndexList(..) if self.obj_of_use(e).is_some() => self.ident(e, "", dst),
            ExprKind::Index(x, i) => self.index(e, x, i, dst),
            ExprKind::Slice { x, lo, hi, max, .. } => self.slice_expr(x, [lo, hi, max], dst),
            ExprKind::TypeAssert(x, _) => {
                self.expr_raw(x, dst);
                let ty = self.type_of(e);
                let t = self.desc(ty);
                let iface = self.type_of(x);
                let iface = self.desc(iface);
                self.set_line(e.span);
                self.emit(Instr::TypeAssert { a: dst, ty: t, iface });
            }
            ExprKind::Call { .. } => self.call_value(e, dst),
            ExprKind::Star(p) => {
                let ptr = self.operand(p);
                self.set_line(e.span);
                self.emit(Instr::Load { dst, ptr });
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, dst),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, dst),
            _ => {
                self.prog.unsupported(e.span, "this expression here");
                self.emit(Instr::LoadNil { dst });
            }
        }
    }

    fn ident(&mut self, e: &Expr, name: &str, dst: Reg) {
        let Some(obj) = self.obj_of_use(e) else {
            if name != "_" {
                self.emit(Instr::LoadNil { dst });
            }
            return;
        };
        match self.fn_obj_kind(obj).clone() {
            ObjectKind::Var { .. } => match self.var_loc(obj) {
                Some(loc) => self.read_var(loc, dst),
                None => {
                    self.emit(Instr::LoadNil { dst });
                }
            },
            ObjectKind::Func { .. } => match self.prog.func_index(obj) {
                Some(func) => {
                    self.emit(Instr::LoadFunc { dst, func });
                }
                None => {
                    self.emit(Instr::LoadNil { dst });
                }
            },
            ObjectKind::Const(v) => {
                let ty = self.type_of(e);
                self.constant(&v, ty, dst);
            }
            _ => {
                self.emit(Instr::LoadNil { dst });
            }
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, name: &str, dst: Reg) {
        let Some(sel) = self.unit.info.selections.get(&e.id) else {
            // A qualified identifier `pkg.Name`.
            self.ident(e, name, dst);
            return;
        };
        match sel.kind {
            SelectionKind::FieldVal => {
                if let Some(idx) = self.direct_ptr_field(x, sel) {
                    // `p.f` of a pointer to a struct: one instruction.
                    let ptr = self.operand(x);
                    self.set_line(e.span);
                    self.emit(Instr::GetFieldPtr { dst, ptr, idx });
                    return;
                }
                let (obj, last) = self.field_parent(x, sel);
                self.set_line(e.span);
                self.emit(Instr::GetField { dst, obj, idx: last });
            }
            SelectionKind::MethodVal => self.method_value(x, sel, dst),
            SelectionKind::MethodExpr => {
                match self.method_expr_func(sel, e) {
                    Some(func) => self.emit(Instr::LoadFunc { dst, func }),
                    None => self.emit(Instr::LoadNil { dst }),
                };
            }
        }
    }

    /// The function a method expression `T.M` (`e`) denotes: the method
    /// itself, the `(*T).M` wrapper of a value method, the wrapper walking
    /// to a promoted method, or the dispatching wrapper of an interface's.
    pub fn method_expr_func(&mut self, sel: &Selection, e: &Expr) -> Option<FuncIdx> {
        let ExprKind::Selector(_, name) = &e.kind else { return None };
        let name = &name.name;
        if !sel.path.is_empty() {
            return self.prog.promoted_method(sel.recv, name).map(|(f, _)| f);
        }
        match sel.target {
            SelectionTarget::Method { func, pointer_recv, .. } => {
                let recv_is_ptr = self.prog.checked.types.is_pointer(sel.recv);
                if recv_is_ptr && !pointer_recv {
                    Some(self.prog.ptr_wrapper(func))
                } else {
                    self.prog.func_index(func)
                }
            }
            SelectionTarget::InterfaceMethod { iface, .. } => Some(self.prog.iface_method_expr(iface, name)),
            SelectionTarget::Field(_) => None,
        }
    }

    /// The field index of `x.f` when `x` is a pointer to a struct declaring `f`
    /// itself (no embedded path): selectable with `GetFieldPtr`/`SetFieldPtr`.
    pub fn direct_ptr_field(&self, x: &Expr, sel: &Selection) -> Option<u16> {
        match sel.path[..] {
            [idx] if self.prog.checked.types.is_pointer(self.type_of(x)) => Some(idx as u16),
            _ => None,
        }
    }

    /// Walks a field selection's embedded path from `x`: returns the register
    /// holding the struct that directly contains the selected field, and the
    /// field's index in it.
    pub fn field_parent(&mut self, x: &Expr, sel: &Selection) -> (Reg, u16) {
        let (last, walk) = match sel.path.split_last() {
            Some((l, w)) => (*l as u16, w),
            None => (0, &[][..]),
        };
        let ty = self.type_of(x);
        let r = self.operand(x);
        let (r, _) = self.walk_path(r, ty, walk, true);
        (r, last)
    }

    /// Follows embedded fields `path` from the value in `r` of type `ty`;
    /// with `deref_end`, a pointer reached at the end is dereferenced too.
    /// Returns the register and type reached (fresh temporaries as needed).
    pub fn walk_path(&mut self, mut r: Reg, mut ty: TypeId, path: &[usize], deref_end: bool) -> (Reg, TypeId) {
        for &i in path {
            if let Some(elem) = self.prog.checked.types.pointer_elem(ty) {
                let t = self.alloc();
                self.emit(Instr::Load { dst: t, ptr: r });
                r = t;
                ty = elem;
            }
            let fty = match self.prog.checked.types.under(ty) {
                TypeKind::Struct(fields) => fields.get(i).map(|f| f.ty).unwrap_or(TypeId::INVALID),
                _ => TypeId::INVALID,
            };
            let t = self.alloc();
            self.emit(Instr::GetField { dst: t, obj: r, idx: i as u16 });
            r = t;
            ty = fty;
        }
        if deref_end {
            if let Some(elem) = self.prog.checked.types.pointer_elem(ty) {
                let t = self.alloc();
                self.emit(Instr::Load { dst: t, ptr: r });
                r = t;
                ty = elem;
            }
        }
        (r, ty)
    }

    /// The receiver of a method selected by `sel` on `x`, as the method
    /// takes it (a pointer for pointer methods, a copy for value methods; the
    /// interface value for interface methods) into `dst`.
    pub fn receiver_into(&mut self, x: &Expr, sel: &Selection, dst: Reg) {
        let pointer_recv = matches!(sel.target, SelectionTarget::Method { pointer_recv: true, .. });
        let is_iface = matches!(sel.target, SelectionTarget::InterfaceMethod { .. });
        let xty = self.type_of(x);
        let mark = self.mark();
        if pointer_recv {
            let reached_ptr = self.path_ends_in_pointer(xty, &sel.path);
            if reached_ptr {
                let r = self.operand(x);
                let (r, _) = self.walk_path(r, xty, &sel.path, false);
                self.emit(Instr::Move { dst, src: r });
            } else if sel.path.is_empty() {
                self.addr_of(x, dst);
            } else {
                let (last, walk) = sel.path.split_last().unwrap();
                let r = self.operand(x);
                let (parent, _) = self.walk_path(r, xty, walk, true);
                self.emit(Instr::AddrField { dst, obj: parent, idx: *last as u16 });
            }
        } else {
            let r = self.operand(x);
            let (r, ty) = self.walk_path(r, xty, &sel.path, false);
            if !is_iface && self.prog.checked.types.is_pointer(ty) {
                self.emit(Instr::Load { dst, ptr: r });
                self.emit(Instr::CopyAgg { dst, src: dst });
            } else if is_iface {
                self.emit(Instr::Move { dst, src: r });
            } else {
                self.emit(Instr::CopyAgg { dst, src: r });
            }
        }
        self.release(mark);
    }

    fn path_ends_in_pointer(&self, xty: TypeId, path: &[usize]) -> bool {
        let tt = &self.prog.checked.types;
        let mut ty = xty;
        for &i in path {
            if let Some(e) = tt.pointer_elem(ty) {
                ty = e;
            }
            ty = match tt.under(ty) {
                TypeKind::Struct(fields) => fields.get(i).map(|f| f.ty).unwrap_or(TypeId::INVALID),
                _ => TypeId::INVALID,
            };
        }
        tt.is_pointer(ty)
    }

    /// `x.M` as a value: a closure bound to the receiver.
    fn method_value(&mut self, x: &Expr, sel: &Selection, dst: Reg) {
        match sel.target {
            SelectionTarget::Method { func, .. } => {
                self.receiver_into(x, sel, dst);
                let f = self.prog.func_index(func).unwrap_or_default();
                self.emit(Instr::BindMethod { dst, func: f });
            }
            SelectionTarget::InterfaceMethod { iface, index } => {
                self.receiver_into(x, sel, dst);
                let name = self.prog.checked.types.interface_methods(iface).get(index).map(|m| m.name.clone()).unwrap_or_default();
                let method = self.prog.method_id(&name);
                self.emit(Instr::IfaceMethodValue { dst, src: dst, method });
            }
            SelectionTarget::Field(_) => {}
        }
    }

    /// `&x` into `dst`.
    pub fn addr_of(&mut self, x: &Expr, dst: Reg) {
        match &x.kind {
            ExprKind::Paren(inner) => self.addr_of(inner, dst),
            ExprKind::Ident(_) => {
                let loc = self.obj_of_use(x).and_then(|o| self.var_loc(o));
                match loc {
                    Some(loc) => self.addr_var(loc, dst),
                    None => {
                        self.emit(Instr::LoadNil { dst });
                    }
                }
            }
            ExprKind::CompositeLit { .. } => {
                self.composite(x, dst);
                let ty = self.type_of(x);
                self.box_into(dst, dst, ty);
            }
            ExprKind::Selector(inner, _) => {
                let Some(sel) = self.unit.info.selections.get(&x.id) else {
                    // A package variable `pkg.V`.
                    self.ident_addr(x, dst);
                    return;
                };
                let mark = self.mark();
                let (obj, idx) = self.field_parent(inner, sel);
                self.set_line(x.span);
                self.emit(Instr::AddrField { dst, obj, idx });
                self.release(mark);
                self.zero_base_part(x, dst);
            }
            ExprKind::Index(c, i) => {
                let mark = self.mark();
                let cty = self.type_of(c);
                let mut cr = self.operand(c);
                if self.prog.checked.types.is_pointer(cty) {
                    let t = self.alloc();
                    self.emit(Instr::Load { dst: t, ptr: cr });
                    cr = t;
                }
                let ir = self.operand(i);
                self.set_line(x.span);
                self.emit(Instr::AddrElem { dst, c: cr, i: ir });
                self.release(mark);
                self.zero_base_part(x, dst);
            }
            ExprKind::Star(p) => self.expr_raw(p, dst),
            _ => {
                // Not addressable: take the address of a copy.
                self.expr_to(x, dst);
                let ty = self.type_of(x);
                self.box_into(dst, dst, ty);
            }
        }
    }

    /// After `&x` of a field or element (checked for nil and bounds): when
    /// `x` is a zero-size part of an allocation that is all zero-size, its
    /// address is that allocation's, the shared zero base.
    fn zero_base_part(&mut self, x: &Expr, dst: Reg) {
        if self.addr_is_zero_base(x) {
            let global = self.prog.zero_base(self.type_of(x));
            self.emit(Instr::AddrGlobal { dst, global });
        }
    }

    /// Whether `&x` is the zero base: `x` has a zero-size type and lies at
    /// offset 0 of a zero-size heap allocation (a heap variable, a composite
    /// literal, what a pointer points at, a slice's backing array).
    fn addr_is_zero_base(&self, x: &Expr) -> bool {
        let tt = &self.prog.checked.types;
        let zero = |t: TypeId| super::types::is_zero_size(self.prog.checked, t);
        if !zero(self.type_of(x)) {
            return false;
        }
        match &x.kind {
            ExprKind::Paren(inner) => self.addr_is_zero_base(inner),
            ExprKind::Ident(_) => matches!(self.obj_of_use(x).and_then(|o| self.var_loc(o)), Some(VarLoc::Cell(_) | VarLoc::Capture(_))),
            ExprKind::CompositeLit { .. } | ExprKind::Star(_) => true,
            ExprKind::Index(c, _) => match tt.under(self.type_of(c)) {
                TypeKind::Slice(_) | TypeKind::Pointer(_) => true,
                _ => self.addr_is_zero_base(c),
            },
            ExprKind::Selector(inner, _) => {
                let Some(sel) = self.unit.info.selections.get(&x.id) else { return false };
                // The struct reached by the last dereference on the path, if any.
                let mut ty = self.type_of(inner);
                let mut deref = None;
                for &i in &sel.path {
                    if let Some(elem) = tt.pointer_elem(ty) {
                        deref = Some(elem);
                        ty = elem;
                    }
                    ty = match tt.under(ty) {
                        TypeKind::Struct(fields) => fields.get(i).map(|f| f.ty).unwrap_or(TypeId::INVALID),
                        _ => TypeId::INVALID,
                    };
                }
                match deref {
                    Some(s) => zero(s),
                    None => self.addr_is_zero_base(inner),
                }
            }
            _ => false,
        }
    }

    fn ident_addr(&mut self, e: &Expr, dst: Reg) {
        match self.obj_of_use(e).and_then(|o| self.var_loc(o)) {
            Some(loc) => self.addr_var(loc, dst),
            None => {
                self.emit(Instr::LoadNil { dst });
            }
        }
    }

    /// Whether `m[k]` of a map with key type `key` and value type `value` reads
    /// with `MapGetInt`: integer values (zero is 0), and a basic key type
    /// whose hashing cannot fail.
    pub(crate) fn int_map_read(&self, key: TypeId, value: TypeId) -> bool {
        let tt = &self.prog.checked.types;
        tt.is_integer(value) && tt.basic(key).is_some()
    }

    fn index(&mut self, e: &Expr, x: &Expr, i: &Expr, dst: Reg) {
        let xty = self.type_of(x);
        let tt = &self.prog.checked.types;
        match tt.under(xty).clone() {
            TypeKind::Map(k, v) if self.int_map_read(k, v) => {
                let m = self.operand(x);
                let kr = self.alloc();
                self.expr_as(i, Some(k), kr);
                self.set_line(e.span);
                self.emit(Instr::MapGetInt { dst, m, k: kr });
            }
            TypeKind::Map(k, _) => {
                let a = self.alloc_n(2);
                self.expr_raw(x, a);
                let kr = Reg(a.0 + 1);
                self.expr_as(i, Some(k), kr);
                let ty = self.desc(xty);
                self.set_line(e.span);
                self.emit(Instr::MapIndex { a, ty });
                self.emit(Instr::Move { dst, src: a });
            }
            TypeKind::Pointer(_) => {
                let p = self.operand(x);
                let arr = self.alloc();
                self.set_line(e.span);
                self.emit(Instr::Load { dst: arr, ptr: p });
                let ir = self.operand(i);
                self.set_line(e.span);
                self.emit(Instr::IndexArray { dst, arr, i: ir });
            }
            under => {
                let c = self.operand(x);
                let ir = self.operand(i);
                self.set_line(e.span);
                match under {
                    TypeKind::Slice(_) => self.emit(Instr::IndexSlice { dst, s: c, i: ir }),
                    TypeKind::Array(..) => self.emit(Instr::IndexArray { dst, arr: c, i: ir }),
                    _ => self.emit(Instr::IndexStr { dst, s: c, i: ir }),
                };
            }
        }
    }

    fn slice_expr(&mut self, x: &Expr, bounds: [&Option<Box<Expr>>; 3], dst: Reg) {
        let xty = self.type_of(x);
        let src = self.operand(x);
        let a = self.alloc_n(3);
        let mut mode = 0u8;
        for (k, b) in bounds.iter().enumerate() {
            if let Some(b) = b {
                mode |= 1 << k;
                self.expr_to(b, Reg(a.0 + k as u16));
            }
        }
        let mode = SliceMode(mode);
        match self.prog.checked.types.under(xty) {
            TypeKind::Slice(_) => self.emit(Instr::SliceSlice { dst, src, a, mode }),
            TypeKind::Array(..) => self.emit(Instr::SliceArray { dst, src, a, mode }),
            TypeKind::Pointer(_) => {
                // Through the pointer first: slicing a nil one panics.
                let arr = self.alloc();
                self.emit(Instr::Load { dst: arr, ptr: src });
                self.emit(Instr::SliceArray { dst, src: arr, a, mode })
            }
            _ => self.emit(Instr::SliceStr { dst, src, a, mode }),
        };
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, dst: Reg) {
        let ty = self.type_of(e);
        match op {
            UnOp::Addr => self.addr_of(x, dst),
            UnOp::Pos => self.expr_raw(x, dst),
            UnOp::Recv => {
                let ch = self.operand(x);
                self.set_line(e.span);
                self.emit(Instr::Recv { dst, ch });
            }
            UnOp::Not => {
                let src = self.operand(x);
                self.emit(Instr::Not { dst, src });
            }
            UnOp::Neg => {
                let a = self.operand(x);
                match self.repr_of(ty) {
                    Repr::Float32 => {
                        self.emit(Instr::NegFloat { dst, a });
                        self.emit(Instr::RoundF32 { r: dst });
                    }
                    Repr::Float64 => {
                        self.emit(Instr::NegFloat { dst, a });
                    }
                    r => {
                        self.emit(Instr::NegInt { dst, a });
                        self.wrap(r, dst);
                    }
                }
            }
            UnOp::BitNot => {
                let a = self.operand(x);
                self.emit(Instr::NotInt { dst, a });
                let r = self.repr_of(ty);
                self.wrap(r, dst);
            }
        }
    }

    /// Normalises a narrow integer result.
    pub fn wrap(&mut self, r: Repr, dst: Reg) {
        if let Repr::Int(kind) = r {
            if kind.bits() < 64 {
                self.emit(Instr::Wrap { r: dst, kind });
            }
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, dst: Reg) {
        match op {
            BinOp::LogAnd | BinOp::LogOr => {
                self.expr_to(a, dst);
                let j = self.emit_jump_if(dst, op == BinOp::LogOr);
                self.expr_to(b, dst);
                self.patch_to_here(j);
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => self.compare(e, op, a, b, dst),
            _ => {
                let ty = self.type_of(e);
                let ra = self.operand(a);
                self.set_line(e.span);
                if self.arith_const(op, ty, dst, ra, b, self.type_of(a)) {
                    return;
                }
                let rb = self.operand(b);
                self.set_line(e.span);
                self.arith(op, ty, dst, ra, rb, self.type_of(a));
            }
        }
    }

    /// `dst = ra op b` for an integer operation whose right operand `b` is a
    /// constant: `AddIntImm` for +/- of an `i16`, a constant-pool form
    /// (`AddIntK`, `MulIntK`, `AndIntK`, `OrIntK`, `XorIntK`) or a constant
    /// shift (`ShlImm`, `ShrIntImm`, `ShrUintImm`); false (nothing emitted)
    /// otherwise. `left_ty` decides the signedness of shifts, as in `arith`.
    pub fn arith_const(&mut self, op: BinOp, ty: TypeId, dst: Reg, ra: Reg, b: &Expr, left_ty: TypeId) -> bool {
        let Repr::Int(kind) = self.repr_of(ty) else { return false };
        let instr = match op {
            BinOp::Shl | BinOp::Shr => {
                let Some(Mode::Constant(v)) = self.tv(b).map(|t| &t.mode) else { return false };
                let Some(n) = v.as_int().and_then(|n| u8::try_from(n.to_i128()).ok()) else { return false };
                let unsigned = kind.is_unsigned() || matches!(self.repr_of(left_ty), Repr::Int(k) if k.is_unsigned());
                match op {
                    BinOp::Shl => Instr::ShlImm { dst, a: ra, n },
                    _ if unsigned => Instr::ShrUintImm { dst, a: ra, n },
                    _ => Instr::ShrIntImm { dst, a: ra, n },
                }
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor => {
                let Some(c) = self.int_const(b, kind) else { return false };
                let c = if op == BinOp::Sub { kind.wrap(c.wrapping_neg()) } else { c };
                if matches!(op, BinOp::Add | BinOp::Sub) {
                    if let Ok(imm) = i16::try_from(c) {
                        self.emit(Instr::AddIntImm { dst, a: ra, imm });
                        self.wrap(Repr::Int(kind), dst);
                        return true;
                    }
                }
                let Ok(k) = u16::try_from(self.konst(Const::Int(c)).0).map(ShortConst) else { return false };
                match op {
                    BinOp::Add | BinOp::Sub => Instr::AddIntK { dst, a: ra, k },
                    BinOp::Mul => Instr::MulIntK { dst, a: ra, k },
                    BinOp::And => Instr::AndIntK { dst, a: ra, k },
                    BinOp::Or => Instr::OrIntK { dst, a: ra, k },
                    _ => Instr::XorIntK { dst, a: ra, k },
                }
            }
            _ => return false,
        };
        self.emit(instr);
        self.wrap(Repr::Int(kind), dst);
        true
    }

    /// `dst = ra op rb` for an arithmetic operator on values of type `ty`
    /// (`left_ty` decides signedness of shifts).
    pub fn arith(&mut self, op: BinOp, ty: TypeId, dst: Reg, ra: Reg, rb: Reg, left_ty: TypeId) {
        let r = self.repr_of(ty);
        let (a, b) = (ra, rb);
        let instr = match (r, op) {
            (Repr::Str, _) => Instr::ConcatStr { dst, a, b },
            (Repr::Float32 | Repr::Float64, op) => match op {
                BinOp::Add => Instr::AddFloat { dst, a, b },
                BinOp::Sub => Instr::SubFloat { dst, a, b },
                BinOp::Mul => Instr::MulFloat { dst, a, b },
                _ => Instr::DivFloat { dst, a, b },
            },
            (_, op) => {
                let unsigned = matches!(r, Repr::Int(k) if k.is_unsigned())
                    || matches!(self.repr_of(left_ty), Repr::Int(k) if k.is_unsigned());
                match op {
                    BinOp::Add => Instr::AddInt { dst, a, b },
                    BinOp::Sub => Instr::SubInt { dst, a, b },
                    BinOp::Mul => Instr::MulInt { dst, a, b },
                    BinOp::Div if unsigned => Instr::DivUint { dst, a, b },
                    BinOp::Div => Instr::DivInt { dst, a, b },
                    BinOp::Rem if unsigned => Instr::RemUint { dst, a, b },
                    BinOp::Rem => Instr::RemInt { dst, a, b },
                    BinOp::And => Instr::AndInt { dst, a, b },
                    BinOp::Or => Instr::OrInt { dst, a, b },
                    BinOp::Xor => Instr::XorInt { dst, a, b },
                    BinOp::AndNot => Instr::AndNotInt { dst, a, b },
                    BinOp::Shl => Instr::Shl { dst, a, b },
                    BinOp::Shr if unsigned => Instr::ShrUint { dst, a, b },
                    _ => Instr::ShrInt { dst, a, b },
                }
            }
        };
        self.emit(instr);
        match r {
            Repr::Float32 => {
                self.emit(Instr::RoundF32 { r: dst });
            }
            _ => self.wrap(r, dst),
        }
    }

    fn compare(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, dst: Reg) {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let tt = &self.prog.checked.types;
        let (ia, ib) = (tt.is_interface(ta), tt.is_interface(tb));
        let mark = self.mark();
        let (ra, rb, ty) = if ia != ib {
            // Mixed interface/concrete: compare as interfaces.
            let (iface_ty, ra, rb) = if ia {
                let ra = self.operand(a);
                let rb = self.alloc();
                self.expr_raw(b, rb);
                self.coerce(rb, tb, ta);
                (ta, ra, rb)
            } else {
                let ra = self.alloc();
                self.expr_raw(a, ra);
                self.coerce(ra, ta, tb);
                let rb = self.operand(b);
                (tb, ra, rb)
            };
            (ra, rb, iface_ty)
        } else {
            let ra = self.operand(a);
            let rb = self.operand(b);
            (ra, rb, if tt.is_untyped(ta) { tb } else { ta })
        };
        self.set_line(e.span);
        let r = self.repr_of(ty);
        let (x, y, swapped_op) = match op {
            BinOp::Gt => (rb, ra, BinOp::Lt),
            BinOp::Ge => (rb, ra, BinOp::Le),
            _ => (ra, rb, op),
        };
        let (a, b) = (x, y);
        let instr = match (r, swapped_op) {
            (Repr::Int(_), BinOp::Eq) => Instr::EqInt { dst, a, b },
            (Repr::Int(_), BinOp::Ne) => Instr::NeInt { dst, a, b },
            (Repr::Int(IntKind::U64), BinOp::Lt) => Instr::LtUint { dst, a, b },
            (Repr::Int(IntKind::U64), BinOp::Le) => Instr::LeUint { dst, a, b },
            (Repr::Int(_), BinOp::Lt) => Instr::LtInt { dst, a, b },
            (Repr::Int(_), BinOp::Le) => Instr::LeInt { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Eq) => Instr::EqFloat { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Ne) => Instr::NeFloat { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Lt) => Instr::LtFloat { dst, a, b },
            (Repr::Float32 | Repr::Float64, BinOp::Le) => Instr::LeFloat { dst, a, b },
            (Repr::Str, BinOp::Eq) => Instr::EqStr { dst, a, b },
            (Repr::Str, BinOp::Ne) => Instr::NeStr { dst, a, b },
            (Repr::Str, BinOp::Lt) => Instr::LtStr { dst, a, b },
            (Repr::Str, BinOp::Le) => Instr::LeStr { dst, a, b },
            (_, BinOp::Ne) => Instr::Ne { dst, a, b },
            _ => Instr::Eq { dst, a, b },
        };
        self.emit(instr);
        self.release(mark);
    }

    /// The types of a multi-valued expression (a call, or a comma-ok form).
    pub fn multi_types(&self, e: &Expr) -> Vec<TypeId> {
        let ty = self.type_of(e);
        self.prog.checked.types.tuple_elems(ty)
    }

    /// Evaluates a multi-valued expression into `base..base+n` (the top registers).
    pub fn multi_value(&mut self, e: &Expr, base: Reg, n: usize) {
        match &e.kind {
            ExprKind::Paren(x) => self.multi_value(x, base, n),
            ExprKind::Call { .. } => self.call_at(e, base, n),
            ExprKind::Index(x, i) => {
                let xty = self.type_of(x);
                let (key_ty, value_ty) = match self.prog.checked.types.under(xty) {
                    TypeKind::Map(k, v) => (Some(*k), Some(*v)),
                    _ => (None, None),
                };
                if let (Some(k), Some(v)) = (key_ty, value_ty) {
                    if self.int_map_read(k, v) {
                        // Map and key read from their registers (no window).
                        let m = self.operand(x);
                        let kr = if self.type_of(i) == k {
                            self.operand(i)
                        } else {
                            let kr = self.alloc();
                            self.expr_as(i, Some(k), kr);
                            kr
                        };
                        self.set_line(e.span);
                        self.emit(Instr::MapGetIntOk { dst: base, m, k: kr });
                        return;
                    }
                }
                self.expr_raw(x, base);
                self.expr_as(i, key_ty, Reg(base.0 + 1));
                let ty = self.desc(xty);
                self.set_line(e.span);
                self.emit(Instr::MapIndex { a: base, ty });
            }
            ExprKind::TypeAssert(x, _) => {
                self.expr_raw(x, base);
                let target = self.multi_types(e).first().copied().unwrap_or(TypeId::INVALID);
                let ty = self.desc(target);
                self.emit(Instr::TypeAssertOk { a: base, ty });
            }
            ExprKind::Unary(UnOp::Recv, x) => {
                self.expr_raw(x, base);
                self.set_line(e.span);
                self.emit(Instr::RecvOk { a: base });
            }
            _ => {
                self.expr_to(e, base);
            }
        }
    }
}

pub(crate) use crate::types::default_type;

fn const_default_type(v: &ConstValue) -> TypeId {
    match v {
        ConstValue::Bool(_) => TypeId::BOOL,
        ConstValue::Int(_) => TypeId::INT,
        ConstValue::String(_) => TypeId::STRING,
        _ => TypeId::FLOAT64,
    }
}
