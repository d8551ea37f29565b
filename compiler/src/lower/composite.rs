//! Owns lowering composite literals: structs (keyed or positional), arrays
//! (`[...]T`, indexed elements), slices, maps, elided inner types and elided
//! `&T` (a literal whose recorded type is a pointer is built, then boxed).
//! Must not know how the VM stores aggregates.

use super::func::FuncBuilder;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::types::{StructField, TypeId, TypeKind};
use minigo_grammar::ast::{Element, Expr, ExprKind};
use minigo_vm::bytecode::{Instr, Reg};

impl<'p, 'a> FuncBuilder<'p, 'a> {
    pub fn composite(&mut self, e: &Expr, dst: Reg) {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else { return };
        let ty = self.type_of(e);
        let tt = &self.prog.checked.types;
        if let Some(elem) = tt.pointer_elem(ty) {
            self.composite_of(elem, elems, dst);
            self.box_into(dst, dst, elem);
        } else {
            self.composite_of(ty, elems, dst);
        }
    }

    fn composite_of(&mut self, ty: TypeId, elems: &[Element], dst: Reg) {
        match self.prog.checked.types.under(ty).clone() {
            TypeKind::Struct(fields) => {
                self.zero(ty, dst);
                for (i, el) in elems.iter().enumerate() {
                    let idx = field_index(&fields, el, i);
                    let fty = fields.get(idx).map(|f| f.ty);
                    let mark = self.mark();
                    let r = self.alloc();
                    self.element_value(&el.value, fty, r);
                    self.emit(Instr::SetField { obj: dst, idx: idx as u16, src: r });
                    self.release(mark);
                }
            }
            TypeKind::Array(_, elem) => {
                self.zero(ty, dst);
                self.indexed_elems(elems, elem, dst, |arr, i, src| Instr::SetArray { arr, i, src });
            }
            TypeKind::Slice(elem) => {
                let len = self.literal_len(elems);
                let mark = self.mark();
                let a = self.alloc_n(2);
                self.load_int(a, len as i64);
                let elem_desc = self.desc(elem);
                self.emit(Instr::MakeSlice { dst, elem: elem_desc, a, has_cap: false });
                self.release(mark);
                self.indexed_elems(elems, elem, dst, |s, i, src| Instr::SetSlice { s, i, src });
            }
            TypeKind::Map(k, v) => {
                let t = self.desc(ty);
                self.emit(Instr::MakeMap { dst, ty: t });
                // gc stores the entries whose key and value are both static first,
                // then the others in source order: with equal keys the last
                // dynamic entry wins, not the last one written.
                let is_static = |el: &Element| el.key.as_ref().is_some_and(|key| self.is_static_value(key, k)) && self.is_static_value(&el.value, v);
                let (statics, dynamics): (Vec<&Element>, Vec<&Element>) = elems.iter().partition(|el| is_static(el));
                for el in statics.into_iter().chain(dynamics) {
                    let mark = self.mark();
                    let kr = self.alloc();
                    if let Some(key) = &el.key {
                        self.element_value(key, Some(k), kr);
                    }
                    let vr = self.alloc();
                    self.element_value(&el.value, Some(v), vr);
                    self.emit(Instr::MapSet { m: dst, k: kr, v: vr });
                    self.release(mark);
                }
            }
            _ => {
                self.zero(ty, dst);
            }
        }
    }

    /// Whether gc treats `e`, given to type `target`, as a static composite
    /// literal in a map literal: a constant of a non-interface type, `nil`, or a
    /// struct or array literal of such elements.
    fn is_static_value(&self, e: &Expr, target: TypeId) -> bool {
        let tt = &self.prog.checked.types;
        match &e.kind {
            ExprKind::Paren(inner) => return self.is_static_value(inner, target),
            ExprKind::CompositeLit { elems, .. } => {
                return match tt.under(self.type_of(e)).clone() {
                    TypeKind::Struct(fields) => elems
                        .iter()
                        .enumerate()
                        .all(|(i, el)| fields.get(field_index(&fields, el, i)).is_some_and(|f| self.is_static_value(&el.value, f.ty))),
                    TypeKind::Array(_, elem) => elems.iter().all(|el| self.is_static_value(&el.value, elem)),
                    _ => false,
                };
            }
            _ => {}
        }
        if self.obj_of_use(e).is_some_and(|o| matches!(self.prog.checked.object(o).kind, crate::info::ObjectKind::Nil)) {
            return true;
        }
        matches!(self.tv(e).map(|t| &t.mode), Some(Mode::Constant(_))) && !tt.is_interface(target)
    }

    /// An element value converted to the element type.
    fn element_value(&mut self, value: &Expr, ty: Option<TypeId>, dst: Reg) {
        self.expr_as(value, ty, dst);
    }

    /// Array and slice elements, with optional constant index keys.
    fn indexed_elems(&mut self, elems: &[Element], elem: TypeId, dst: Reg, set: fn(Reg, Reg, Reg) -> Instr) {
        let mut next = 0i64;
        for el in elems {
            if let Some(k) = &el.key {
                next = self.const_index(k).unwrap_or(next);
            }
            let mark = self.mark();
            let ir = self.alloc();
            self.load_int(ir, next);
            let vr = self.alloc();
            self.element_value(&el.value, Some(elem), vr);
            self.emit(set(dst, ir, vr));
            self.release(mark);
            next += 1;
        }
    }

    fn const_index(&self, k: &Expr) -> Option<i64> {
        match self.tv(k).map(|t| &t.mode) {
            Some(Mode::Constant(ConstValue::Int(i))) => i.to_i64(),
            Some(Mode::Constant(v)) => v.as_int().and_then(|i| i.to_i64()),
            _ => None,
        }
    }

    /// The length of a slice literal: one past its largest index.
    fn literal_len(&self, elems: &[Element]) -> usize {
        let (mut next, mut max) = (0i64, 0i64);
        for el in elems {
            if let Some(k) = &el.key {
                next = self.const_index(k).unwrap_or(next);
            }
            next += 1;
            max = max.max(next);
        }
        max as usize
    }
}

/// The field an element of a struct literal sets: its key's field, else its position.
fn field_index(fields: &[StructField], el: &Element, position: usize) -> usize {
    match el.key.as_ref().map(|k| &k.kind) {
        Some(ExprKind::Ident(name)) => fields.iter().position(|f| &f.name == name).unwrap_or(position),
        _ => position,
    }
}
