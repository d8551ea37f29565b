//! Owns fmt's view of vm values: `VmOperand` implements `fmt::Operand` over a
//! `(Value, TypeId)` pair using the module's runtime type descriptors (kinds,
//! `%T` names, struct fields, method sets) and the heap. Addresses printed by
//! `%p` are stable fakes derived from heap handles.
//! Must not know formatting rules.

use crate::fmt::{Field, Method, Operand, Shape};
use minigo_vm::bytecode::{Module, TypeId, TypeKind};
use minigo_vm::heap::Heap;
use minigo_vm::Value;

/// A value with its (dynamic) type; `ty == None` is a nil interface.
#[derive(Clone, Copy)]
pub struct VmOperand<'a> {
    pub heap: &'a Heap,
    pub module: &'a Module,
    pub value: Value,
    pub ty: Option<TypeId>,
}

impl<'a> VmOperand<'a> {
    /// An operand from an interface value (each `...any` argument).
    pub fn from_iface(heap: &'a Heap, module: &'a Module, v: Value) -> VmOperand<'a> {
        match v {
            Value::Iface(i) => VmOperand { heap, module, value: heap.iface_value(i.data), ty: Some(i.ty) },
            _ => VmOperand { heap, module, value: Value::Nil, ty: None },
        }
    }

    fn typed(&self, value: Value, ty: TypeId) -> VmOperand<'a> {
        VmOperand { heap: self.heap, module: self.module, value, ty: Some(ty) }
    }

    fn kind(&self) -> Option<&'a TypeKind> {
        self.ty.map(|t| &self.module.ty(t).kind)
    }
}

/// A fake but stable address for a heap handle (`0xc000010000`-like).
pub fn fake_address(obj: u32, idx: u32) -> u64 {
    0xc000010000 + obj as u64 * 0x40 + idx as u64 * 8
}

fn value_address(v: Value) -> u64 {
    match v {
        Value::Ptr(p) => fake_address(p.obj.0, if p.is_whole() { 0 } else { p.idx }),
        Value::Func(f) => 0x401000 + f.0 as u64 * 0x20,
        other => other.obj().map_or(0, |o| fake_address(o.0, 0)),
    }
}

impl<'a> Operand for VmOperand<'a> {
    fn shape(&self) -> Shape<Self> {
        let Some(kind) = self.kind() else { return Shape::Nil };
        let v = self.value;
        match kind {
            TypeKind::Bool => Shape::Bool(v.as_bool()),
            TypeKind::Int(k) if k.is_unsigned() => Shape::Uint(v.as_int() as u64),
            TypeKind::Int(_) => Shape::Int(v.as_int()),
            TypeKind::Float { bits } => Shape::Float { v: v.as_float(), bits: *bits as u32 },
            TypeKind::String => Shape::Str(self.heap.value_str(v).to_vec()),
            TypeKind::Array { elem, len } => Shape::List { len: *len as usize, is_slice: false, is_nil: false, byte_elems: is_byte(self.module, *elem) },
            TypeKind::Slice { elem } => {
                let len = self.heap.slice_elems(v).len();
                Shape::List { len, is_slice: true, is_nil: v.is_nil(), byte_elems: is_byte(self.module, *elem) }
            }
            TypeKind::Struct { fields } => Shape::Struct { fields: fields.len() },
            TypeKind::Pointer { .. } => Shape::Pointer { addr: value_address(v) },
            TypeKind::Interface { .. } => Shape::Interface(match v {
                Value::Iface(_) => Some(VmOperand::from_iface(self.heap, self.module, v)),
                _ => None,
            }),
            TypeKind::Map { .. } => Shape::Map { is_nil: v.is_nil() },
            TypeKind::Chan { .. } => Shape::Chan { addr: value_address(v) },
            TypeKind::Func { .. } => Shape::Func { addr: value_address(v) },
            TypeKind::UntypedNil => Shape::Nil,
        }
    }

    fn type_string(&self) -> String {
        self.ty.map_or_else(|| "<nil>".to_string(), |t| self.module.ty(t).name.clone())
    }

    fn index(&self, i: usize) -> Self {
        match self.kind() {
            Some(TypeKind::Array { elem, .. }) => {
                let slots = match self.value {
                    Value::Array(r) => self.heap.agg(r),
                    _ => &[],
                };
                self.typed(slots.get(i).copied().unwrap_or_default(), *elem)
            }
            Some(TypeKind::Slice { elem }) => self.typed(self.heap.slice_elems(self.value).get(i).copied().unwrap_or_default(), *elem),
            _ => self.typed(Value::Nil, self.ty.unwrap_or(TypeId(0))),
        }
    }

    fn field(&self, i: usize) -> Field<Self> {
        let Some(TypeKind::Struct { fields }) = self.kind() else {
            return Field { name: String::new(), value: *self, exported: false };
        };
        let slots = match self.value {
            Value::Struct(r) => self.heap.agg(r),
            _ => &[],
        };
        let f = &fields[i];
        Field { name: f.name.clone(), value: self.typed(slots.get(i).copied().unwrap_or_default(), f.ty), exported: f.exported }
    }

    fn map_entries(&self) -> Vec<(Self, Self)> {
        let Some(TypeKind::Map { key, value }) = self.kind() else { return Vec::new() };
        minigo_vm::map::map_entries(self.heap, self.value).into_iter().map(|(k, v)| (self.typed(k, *key), self.typed(v, *value))).collect()
    }

    fn deref(&self) -> Option<Self> {
        match (self.kind(), self.value) {
            (Some(TypeKind::Pointer { elem }), Value::Ptr(p)) => Some(self.typed(self.heap.load(p), *elem)),
            _ => None,
        }
    }

    fn has_method(&self, m: Method) -> bool {
        let Some(ty) = self.ty else { return false };
        super::method_named(self.module, ty, m.name()).is_some()
    }

    fn address(&self) -> u64 {
        value_address(self.value)
    }

    fn is_nil_interface(&self) -> bool {
        self.ty.is_none()
    }

    fn is_string(&self) -> bool {
        matches!(self.kind(), Some(TypeKind::String))
    }
}

fn is_byte(module: &Module, ty: TypeId) -> bool {
    matches!(module.ty(ty).kind, TypeKind::Int(minigo_vm::bytecode::IntKind::U8))
}
