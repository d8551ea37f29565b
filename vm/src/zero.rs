//! Owns zero values: building the zero value of any runtime type (fresh
//! structs/arrays allocated, everything else immediate). Must not know instructions.

use crate::bytecode::{Module, TypeId, TypeKind};
use crate::heap::Heap;
use crate::value::Value;

/// The zero value of type `ty`.
pub fn zero_value(heap: &mut Heap, module: &Module, ty: TypeId) -> Value {
    match &module.ty(ty).kind {
        TypeKind::Bool => Value::Bool(false),
        TypeKind::Int(_) => Value::Int(0),
        TypeKind::Float { .. } => Value::Float(0.0),
        TypeKind::String => Value::EMPTY_STR,
        TypeKind::Struct { fields } => {
            let slots = fields.iter().map(|f| zero_value(heap, module, f.ty)).collect();
            Value::Struct(heap.alloc_agg(slots))
        }
        TypeKind::Array { elem, len } => {
            let (elem, len) = (*elem, *len as usize);
            let slots = zero_elems(heap, module, elem, len);
            Value::Array(heap.alloc_agg(slots))
        }
        _ => Value::Nil,
    }
}

/// `len` zero values of type `elem` (aggregates allocated separately).
pub fn zero_elems(heap: &mut Heap, module: &Module, elem: TypeId, len: usize) -> Vec<Value> {
    if is_immediate(module, elem) {
        vec![zero_value(heap, module, elem); len]
    } else {
        (0..len).map(|_| zero_value(heap, module, elem)).collect()
    }
}

/// Whether zero values of `ty` need no allocation (may be shared).
pub fn is_immediate(module: &Module, ty: TypeId) -> bool {
    !matches!(module.ty(ty).kind, TypeKind::Struct { .. } | TypeKind::Array { .. })
}
