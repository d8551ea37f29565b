//! Owns the universe block: the predeclared types (`bool` … `string`, `byte`,
//! `rune`, `any`, `error`), constants (`true`, `false`, `iota`), `nil` and the
//! builtin functions. Must not know user code.

use crate::constant::ConstValue;
use crate::info::{Builtin, Object, ObjectId, ObjectKind};
use crate::types::{InterfaceMethod, TypeId, TypeKind, TypeTable};
use std::collections::HashMap;

/// The universe's names and the universe `error` type.
pub struct Universe {
    pub names: HashMap<String, ObjectId>,
    pub error_type: TypeId,
}

/// Predeclared names outside the minigo subset, with the construct to name
/// in "minigo does not support …".
pub fn unsupported_predeclared(name: &str) -> Option<&'static str> {
    match name {
        "complex64" | "complex128" | "complex" | "real" | "imag" => Some("complex numbers"),
        _ => None,
    }
}

/// Creates the universe objects in `objects` and its types in `types`.
pub fn build(types: &mut TypeTable, objects: &mut Vec<Object>) -> Universe {
    let mut names = HashMap::new();
    let mut add = |objects: &mut Vec<Object>, name: &str, kind: ObjectKind, ty: TypeId| {
        let id = ObjectId(objects.len() as u32);
        objects.push(Object { name: name.to_string(), kind, ty, pkg: String::new(), span: Default::default() });
        names.insert(name.to_string(), id);
        id
    };
    let basics = [
        ("bool", TypeId::BOOL),
        ("int", TypeId::INT),
        ("int8", TypeId::INT8),
        ("int16", TypeId::INT16),
        ("int32", TypeId::INT32),
        ("int64", TypeId::INT64),
        ("uint", TypeId::UINT),
        ("uint8", TypeId::UINT8),
        ("uint16", TypeId::UINT16),
        ("uint32", TypeId::UINT32),
        ("uint64", TypeId::UINT64),
        ("uintptr", TypeId::UINTPTR),
        ("float32", TypeId::FLOAT32),
        ("float64", TypeId::FLOAT64),
        ("string", TypeId::STRING),
        ("byte", TypeId::BYTE),
        ("rune", TypeId::RUNE),
        ("any", TypeId::EMPTY_INTERFACE),
    ];
    for (name, ty) in basics {
        add(objects, name, ObjectKind::TypeName, ty);
    }
    // type error interface { Error() string }
    let error_obj = ObjectId(objects.len() as u32);
    let error_type = types.new_named("error", "", error_obj, false);
    add(objects, "error", ObjectKind::TypeName, error_type);
    let error_sig = types.func(vec![], vec![TypeId::STRING], false);
    let iface = types.intern(TypeKind::Interface(vec![InterfaceMethod { name: "Error".into(), sig: error_sig }]));
    types.set_underlying(error_type, iface);

    // The constraint `comparable`: an empty interface the checker knows by name.
    let comparable_obj = ObjectId(objects.len() as u32);
    let comparable_type = types.new_named("comparable", "", comparable_obj, false);
    add(objects, "comparable", ObjectKind::TypeName, comparable_type);
    types.set_underlying(comparable_type, TypeId::EMPTY_INTERFACE);

    add(objects, "true", ObjectKind::Const(ConstValue::Bool(true)), TypeId::UNTYPED_BOOL);
    add(objects, "false", ObjectKind::Const(ConstValue::Bool(false)), TypeId::UNTYPED_BOOL);
    add(objects, "iota", ObjectKind::Const(ConstValue::int(0)), TypeId::UNTYPED_INT);
    add(objects, "nil", ObjectKind::Nil, TypeId::UNTYPED_NIL);
    for b in Builtin::ALL {
        add(objects, b.name(), ObjectKind::Builtin(b), TypeId::INVALID);
    }
    Universe { names, error_type }
}
