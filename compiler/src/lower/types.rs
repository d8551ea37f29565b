//! Owns turning checker types into the vm's runtime type descriptors: kind,
//! the `%T` name, Go's size, element types, struct fields, comparability and
//! method tables (value methods for `T`; all methods for `*T`, value ones
//! through `(*T).M` wrappers). Also the small type questions instruction
//! selection asks (integer kind, float width, aggregate or not).
//! Must not know instruction semantics beyond which descriptor an operand needs.

use super::Program;
use crate::info::Checked;
use crate::types::{BasicKind, ChanDir, TypeId, TypeKind};
use minigo_vm::bytecode::{self as bc, FieldDesc, IntKind, MethodDesc, Module, TypeDesc};
use std::collections::HashMap;

/// Checker `TypeId` → runtime descriptor index, built lazily.
#[derive(Default, Clone)]
pub(crate) struct TypeMap {
    map: HashMap<TypeId, bc::TypeId>,
    /// Named types whose method tables still need filling (functions are
    /// declared before any table is filled; see `fill_methods`).
    pending_methods: Vec<(TypeId, bc::TypeId)>,
}

impl TypeMap {
    /// Queues the method tables of `t`'s descriptors (if made) to be filled
    /// again: a REPL input added a method to an earlier named type.
    pub fn refill_methods(&mut self, checked: &Checked, t: TypeId) {
        for (&ty, &d) in &self.map {
            if ty == t || matches!(checked.types.kind(ty), TypeKind::Pointer(e) if *e == t) {
                self.pending_methods.push((ty, d));
            }
        }
    }

    /// Queues the method tables of every unnamed struct type with embedded
    /// fields (and of pointers to one) to be filled again: a REPL input
    /// added methods they may promote.
    pub fn refill_unnamed_structs(&mut self, checked: &Checked) {
        for (&ty, &d) in &self.map {
            let base = checked.types.pointer_elem(ty).filter(|_| matches!(checked.types.kind(ty), TypeKind::Pointer(_))).unwrap_or(ty);
            if has_embedded_field(checked, base) {
                self.pending_methods.push((ty, d));
            }
        }
    }

    /// The descriptor of `t` (created on first use; recursive types are fine).
    pub fn desc(&mut self, checked: &Checked, module: &mut Module, t: TypeId) -> bc::TypeId {
        if let Some(&d) = self.map.get(&t) {
            return d;
        }
        let tt = &checked.types;
        let idx = bc::TypeId(module.types.len() as u16);
        module.types.push(TypeDesc::new(tt.runtime_string(t), bc::TypeKind::UntypedNil, 0, true));
        self.map.insert(t, idx);
        let kind = match tt.under(t).clone() {
            TypeKind::Basic(b) => basic_kind(b),
            TypeKind::Named(_) => bc::TypeKind::UntypedNil,
            TypeKind::Pointer(e) => bc::TypeKind::Pointer { elem: self.desc(checked, module, e) },
            TypeKind::Slice(e) => bc::TypeKind::Slice { elem: self.desc(checked, module, e) },
            TypeKind::Array(n, e) => bc::TypeKind::Array { elem: self.desc(checked, module, e), len: n.min(u32::MAX as u64) as u32 },
            TypeKind::Map(k, v) => {
                bc::TypeKind::Map { key: self.desc(checked, module, k), value: self.desc(checked, module, v) }
            }
            TypeKind::Chan(dir, e) => bc::TypeKind::Chan {
                elem: self.desc(checked, module, e),
                dir: match dir {
                    ChanDir::Both => bc::ChanDir::Both,
                    ChanDir::SendOnly => bc::ChanDir::Send,
                    ChanDir::RecvOnly => bc::ChanDir::Recv,
                },
            },
            TypeKind::Func(sig) => bc::TypeKind::Func {
                params: sig.params.iter().map(|p| self.desc(checked, module, *p)).collect(),
                results: sig.results.iter().map(|p| self.desc(checked, module, *p)).collect(),
                variadic: sig.variadic,
            },
            TypeKind::Struct(fields) => bc::TypeKind::Struct {
                fields: fields
                    .iter()
                    .map(|f| FieldDesc {
                        name: f.name.clone(),
                        ty: self.desc(checked, module, f.ty),
                        embedded: f.embedded,
                        exported: f.name.chars().next().is_some_and(char::is_uppercase),
                    })
                    .collect(),
            },
            TypeKind::Interface(methods) => {
                let mut ids: Vec<(String, bc::IfaceMethodDesc)> = methods
                    .iter()
                    .map(|m| {
                        let name = intern_method(module, &m.name);
                        let sig = Some(self.desc(checked, module, m.sig));
                        (m.name.clone(), bc::IfaceMethodDesc { name, sig })
                    })
                    .collect();
                ids.sort_by(|a, b| a.0.cmp(&b.0));
                bc::TypeKind::Interface { methods: ids.into_iter().map(|(_, m)| m).collect() }
            }
            TypeKind::Tuple(_) => bc::TypeKind::UntypedNil,
        };
        let d = &mut module.types[idx.0 as usize];
        d.kind = kind;
        d.named = tt.is_named(t) || matches!(tt.kind(t), TypeKind::Basic(_));
        d.size = size_of(checked, t, 0);
        d.comparable = tt.comparable(t);
        let may_have_methods = match tt.kind(t) {
            TypeKind::Named(_) => true,
            TypeKind::Pointer(e) => tt.is_named(*e) || has_embedded_field(checked, *e),
            _ => has_embedded_field(checked, t),
        };
        if may_have_methods {
            self.pending_methods.push((t, idx));
        }
        idx
    }
}

fn intern_method(module: &mut Module, name: &str) -> bc::MethodId {
    match module.method_id(name) {
        Some(m) => m,
        None => {
            module.method_names.push(name.to_string());
            bc::MethodId(module.method_names.len() as u16 - 1)
        }
    }
}

/// Fills the method tables of every descriptor created so far (and of those
/// created while filling). Called once all functions have indices.
pub(crate) fn fill_methods(prog: &mut Program) {
    while let Some((t, idx)) = prog.types.pending_methods.pop() {
        let tt = &prog.checked.types;
        let (base, pointer) = match tt.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        if tt.is_interface(base) {
            continue;
        }
        // An unnamed struct type has no methods of its own, only promoted ones.
        let declared = tt.named(base).map(|n| n.methods.clone()).unwrap_or_default();
        let mut methods = Vec::new();
        for m in declared {
            if m.pointer_recv && !pointer {
                continue;
            }
            let func = if pointer && !m.pointer_recv {
                prog.ptr_wrapper(m.obj)
            } else {
                match prog.func_index(m.obj) {
                    Some(f) => f,
                    None => continue,
                }
            };
            let name = prog.method_id(&m.name);
            let sig = Some(prog.types.desc(prog.checked, &mut prog.module, m.sig));
            methods.push((m.name.clone(), MethodDesc { name, sig, func, ptr_recv: m.pointer_recv }));
        }
        for (name, m) in prog.promoted_methods(t) {
            if !methods.iter().any(|(n, _)| *n == name) {
                methods.push((name, m));
            }
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        prog.module.types[idx.0 as usize].methods = methods.into_iter().map(|(_, m)| m).collect();
    }
}

/// Whether `t` is an unnamed struct type with an embedded field (whose
/// methods it may promote).
fn has_embedded_field(checked: &Checked, t: TypeId) -> bool {
    matches!(checked.types.kind(t), TypeKind::Struct(fields) if fields.iter().any(|f| f.embedded))
}

fn basic_kind(b: BasicKind) -> bc::TypeKind {
    use BasicKind::*;
    match b {
        Bool | UntypedBool => bc::TypeKind::Bool,
        Float32 => bc::TypeKind::Float { bits: 32 },
        Float64 | UntypedFloat => bc::TypeKind::Float { bits: 64 },
        String | UntypedString => bc::TypeKind::String,
        UntypedNil | Invalid => bc::TypeKind::UntypedNil,
        _ => bc::TypeKind::Int(int_kind_of_basic(b)),
    }
}

pub(crate) fn int_kind_of_basic(b: BasicKind) -> IntKind {
    use BasicKind::*;
    match b {
        Int8 => IntKind::I8,
        Int16 => IntKind::I16,
        Int32 | UntypedRune => IntKind::I32,
        Uint8 => IntKind::U8,
        Uint16 => IntKind::U16,
        Uint32 => IntKind::U32,
        Uint | Uint64 | Uintptr => IntKind::U64,
        _ => IntKind::I64,
    }
}

/// Go's `unsafe.Sizeof` and alignment.
fn size_align(checked: &Checked, t: TypeId, depth: u32) -> (u64, u64) {
    if depth > 64 {
        return (8, 8);
    }
    let tt = &checked.types;
    match tt.under(t) {
        TypeKind::Basic(b) => match b.size() {
            Some(s) => (s as u64, s as u64),
            None if b.is_string() => (16, 8),
            None => (8, 8),
        },
        TypeKind::Slice(_) => (24, 8),
        TypeKind::Interface(_) => (16, 8),
        TypeKind::Array(n, e) => {
            let (s, a) = size_align(checked, *e, depth + 1);
            (s.saturating_mul(*n), a)
        }
        TypeKind::Struct(fields) => {
            let (mut off, mut max_align) = (0u64, 1u64);
            for f in fields {
                let (s, a) = size_align(checked, f.ty, depth + 1);
                off = off.div_ceil(a) * a + s;
                max_align = max_align.max(a);
            }
            (off.div_ceil(max_align) * max_align, max_align)
        }
        _ => (8, 8),
    }
}

fn size_of(checked: &Checked, t: TypeId, depth: u32) -> u64 {
    size_align(checked, t, depth).0
}

/// Whether values of `t` occupy no memory (`struct{}`, `[0]T`, `[4]struct{}`).
pub(crate) fn is_zero_size(checked: &Checked, t: TypeId) -> bool {
    size_of(checked, t, 0) == 0
}

/// How instruction selection treats a value of a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Repr {
    Int(IntKind),
    Float32,
    Float64,
    Str,
    Bool,
    /// Struct or array: owned aggregates copied on assignment.
    Agg,
    Iface,
    /// Pointers, slices, maps, chans, funcs.
    Ref,
}

pub(crate) fn repr(checked: &Checked, t: TypeId) -> Repr {
    let tt = &checked.types;
    match tt.under(t) {
        TypeKind::Basic(b) => match b {
            BasicKind::Bool | BasicKind::UntypedBool => Repr::Bool,
            BasicKind::Float32 => Repr::Float32,
            BasicKind::Float64 | BasicKind::UntypedFloat => Repr::Float64,
            BasicKind::String | BasicKind::UntypedString => Repr::Str,
            BasicKind::UntypedNil | BasicKind::Invalid => Repr::Ref,
            b => Repr::Int(int_kind_of_basic(*b)),
        },
        TypeKind::Struct(_) | TypeKind::Array(..) => Repr::Agg,
        TypeKind::Interface(_) => Repr::Iface,
        _ => Repr::Ref,
    }
}
