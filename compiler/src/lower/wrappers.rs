//! Owns the compiler-made wrapper functions Go also generates: promoted
//! methods (a method of an embedded field, reached through the embedding
//! struct's method table) and method expressions of interface types
//! (`I.M`, a function taking the interface value first).
//! Must not know how the VM dispatches calls.

use super::Program;
use crate::types::{LookupResult, TypeId, TypeKind};
use minigo_vm::bytecode::{FuncIdx, FuncProto, Instr, MethodDesc, Reg};

impl Program<'_> {
    /// The promoted methods in the method set of `t` (a struct type or a
    /// pointer to one): each with a wrapper that walks to the embedded
    /// receiver and calls the method.
    pub(crate) fn promoted_methods(&mut self, t: TypeId) -> Vec<(String, MethodDesc)> {
        let tt = &self.checked.types;
        let is_ptr = tt.is_pointer(t);
        let base = tt.pointer_elem(t).unwrap_or(t);
        let mut names = Vec::new();
        collect_embedded_method_names(self, base, 0, &mut names);
        names.sort();
        names.dedup();
        let mut out = Vec::new();
        for name in names {
            let Some((wrapper, sig)) = self.promoted_method(t, &name) else { continue };
            let id = self.method_id(&name);
            let sig = Some(self.types.desc(self.checked, &mut self.module, sig));
            out.push((name, MethodDesc { name: id, sig, func: wrapper, ptr_recv: is_ptr }));
        }
        out
    }

    /// The wrapper of method `name` of `t` when it is promoted from an
    /// embedded field (and in `t`'s method set), with the method's signature.
    /// It is also what the method expression `T.name` denotes.
    pub(crate) fn promoted_method(&mut self, t: TypeId, name: &str) -> Option<(FuncIdx, TypeId)> {
        let is_ptr = self.checked.types.is_pointer(t);
        match self.checked.types.lookup(t, name) {
            LookupResult::Method { path, recv_named, index, indirect } if !path.is_empty() => {
                let m = self.checked.types.method_of(recv_named, index).cloned()?;
                if m.pointer_recv && !indirect && !is_ptr {
                    return None; // not in the value type's method set
                }
                Some((self.promoted_wrapper(t, &path, Target::Method(m.obj, m.pointer_recv), name, m.sig), m.sig))
            }
            LookupResult::InterfaceMethod { path, iface, index, .. } if !path.is_empty() => {
                let sig = self.checked.types.interface_methods(iface)[index].sig;
                Some((self.promoted_wrapper(t, &path, Target::Iface, name, sig), sig))
            }
            _ => None,
        }
    }

    fn promoted_wrapper(&mut self, t: TypeId, path: &[usize], target: Target, name: &str, sig: TypeId) -> FuncIdx {
        let (nargs, nres, variadic) = match self.checked.types.signature(sig) {
            Some(s) => (s.params.len() as u16, s.results.len() as u16, s.variadic),
            None => (0, 0, false),
        };
        let nparams = 1 + nargs;
        let mut code = Vec::new();
        // Walk to the embedded value; with a pointer method, stop at its address.
        let mut ty = t;
        let (walk, last) = path.split_at(path.len() - 1);
        for &i in walk {
            ty = step(self, &mut code, ty, i);
        }
        let last = last[0];
        let field_ty = deref_type(self, ty).map(|s| field_type(self, s, last)).unwrap_or(TypeId::INVALID);
        if self.checked.types.is_pointer(ty) {
            code.push(Instr::Load { dst: Reg(0), ptr: Reg(0) });
        }
        match target {
            Target::Method(_, true) if !self.checked.types.is_pointer(field_ty) => {
                code.push(Instr::AddrField { dst: Reg(0), obj: Reg(0), idx: last as u16 });
            }
            Target::Method(_, false) => {
                code.push(Instr::GetField { dst: Reg(0), obj: Reg(0), idx: last as u16 });
                if self.checked.types.is_pointer(field_ty) {
                    code.push(Instr::Load { dst: Reg(0), ptr: Reg(0) });
                }
                code.push(Instr::CopyAgg { dst: Reg(0), src: Reg(0) });
            }
            _ => code.push(Instr::GetField { dst: Reg(0), obj: Reg(0), idx: last as u16 }),
        }
        match target {
            Target::Method(obj, _) => match self.native_index(obj) {
                Some(native) => code.push(Instr::CallNative { native, a: Reg(0), nargs: nparams as u8, nret: nres as u8 }),
                None => {
                    let func = self.func_index(obj).unwrap_or_default();
                    code.push(Instr::CallDirect { func, a: Reg(0) });
                }
            },
            Target::Iface => {
                let method = self.method_id(name);
                code.push(Instr::CallIface { a: Reg(0), method, nargs: nargs as u8 });
            }
        }
        code.push(Instr::Return { a: Reg(0), n: nres as u8 });
        let tt = &self.checked.types;
        let base = tt.pointer_elem(t).unwrap_or(t);
        let display = match tt.named(base) {
            Some(n) if tt.is_pointer(t) => format!("{}.(*{}).{name}", n.pkg, n.name),
            Some(n) => format!("{}.{}.{name}", n.pkg, n.name),
            None => format!("{}.{name}", tt.runtime_string(t)),
        };
        self.wrapper_proto(display, nparams, nres, variadic, code)
    }

    /// `I.M`: a function whose first parameter is the interface value.
    pub(crate) fn iface_method_expr(&mut self, iface: TypeId, name: &str) -> FuncIdx {
        let sig = self.checked.types.interface_methods(iface).iter().find(|m| m.name == name).map(|m| m.sig);
        let (nargs, nres, variadic) = match sig.and_then(|s| self.checked.types.signature(s)) {
            Some(s) => (s.params.len() as u16, s.results.len() as u16, s.variadic),
            None => (0, 0, false),
        };
        let method = self.method_id(name);
        let code = vec![Instr::CallIface { a: Reg(0), method, nargs: nargs as u8 }, Instr::Return { a: Reg(0), n: nres as u8 }];
        let display = format!("{}.{}", self.checked.types.runtime_string(iface), name);
        self.wrapper_proto(display, nargs + 1, nres, variadic, code)
    }

    fn wrapper_proto(&mut self, name: String, nparams: u16, nres: u16, variadic: bool, code: Vec<Instr>) -> FuncIdx {
        let idx = self.reserve_func(name.clone());
        let proto = FuncProto {
            name,
            num_params: nparams,
            num_results: nres,
            num_regs: nparams.max(nres).max(1) + 1,
            variadic,
            lines: vec![0; code.len()],
            code,
            ..FuncProto::default()
        };
        self.set_func(idx, proto);
        idx
    }
}

#[derive(Clone, Copy)]
enum Target {
    /// A declared method and whether it has a pointer receiver.
    Method(crate::info::ObjectId, bool),
    Iface,
}

/// Emits one step of an embedded-field walk from `R[0]` of type `ty`;
/// returns the field's type.
fn step(prog: &Program, code: &mut Vec<Instr>, ty: TypeId, i: usize) -> TypeId {
    let s = match deref_type(prog, ty) {
        Some(s) => s,
        None => return TypeId::INVALID,
    };
    if prog.checked.types.is_pointer(ty) {
        code.push(Instr::Load { dst: Reg(0), ptr: Reg(0) });
    }
    code.push(Instr::GetField { dst: Reg(0), obj: Reg(0), idx: i as u16 });
    field_type(prog, s, i)
}

/// The struct type reached from `ty` (dereferencing a pointer).
fn deref_type(prog: &Program, ty: TypeId) -> Option<TypeId> {
    let tt = &prog.checked.types;
    let s = tt.pointer_elem(ty).unwrap_or(ty);
    matches!(tt.under(s), TypeKind::Struct(_)).then_some(s)
}

fn field_type(prog: &Program, s: TypeId, i: usize) -> TypeId {
    match prog.checked.types.under(s) {
        TypeKind::Struct(fields) => fields.get(i).map(|f| f.ty).unwrap_or(TypeId::INVALID),
        _ => TypeId::INVALID,
    }
}

/// Names of the methods of embedded fields of struct type `t`, recursively.
fn collect_embedded_method_names(prog: &Program, t: TypeId, depth: u32, out: &mut Vec<String>) {
    if depth > 8 {
        return;
    }
    let tt = &prog.checked.types;
    let TypeKind::Struct(fields) = tt.under(t) else { return };
    for f in fields.iter().filter(|f| f.embedded) {
        let inner = tt.pointer_elem(f.ty).unwrap_or(f.ty);
        if let Some(n) = tt.named(inner) {
            out.extend(n.methods.iter().map(|m| m.name.clone()));
        }
        out.extend(tt.interface_methods(inner).iter().map(|m| m.name.clone()));
        collect_embedded_method_names(prog, inner, depth + 1, out);
    }
}
