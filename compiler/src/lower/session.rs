//! Owns incremental lowering for a REPL session: the lowering tables kept
//! between inputs (`LowerState`: function, global, native, method-name and
//! type-descriptor indices) and `lower_more`, which appends one input's code
//! (and that of the stdlib packages it imported first) to the session's
//! module without changing anything already in it.
//! Must not know how inputs are parsed or checked, nor how the VM runs them.

use super::{compile_bodies, declare_funcs, declare_globals, scan, types, Program, Unit};
use crate::info::{Checked, ObjectId, ObjectKind};
use minigo_grammar::ast::{self, Decl};
use minigo_grammar::{Diagnostic, LineIndex};
use minigo_vm::bytecode::{FuncIdx, GlobalDesc, GlobalIdx, MethodId, Module, NativeIdx};
use std::collections::HashMap;

/// The lowering's index tables, carried from one input to the next.
#[derive(Clone, Default)]
pub struct LowerState {
    types: types::TypeMap,
    func_of: HashMap<ObjectId, FuncIdx>,
    native_of: HashMap<ObjectId, NativeIdx>,
    bodyless: HashMap<ObjectId, (String, String)>,
    natives: HashMap<String, NativeIdx>,
    method_ids: HashMap<String, MethodId>,
    globals: HashMap<ObjectId, GlobalIdx>,
    ptr_wrappers: HashMap<ObjectId, FuncIdx>,
    zero_bases: HashMap<crate::types::TypeId, GlobalIdx>,
    init_funcs: HashMap<(String, usize), FuncIdx>,
}

/// One source file of an input: a stdlib package it loaded, or the input itself.
pub struct InputUnit<'a> {
    pub file: &'a ast::File,
    pub info: &'a crate::info::FileInfo,
    pub pkg: &'a str,
    /// The file's text (for line tables); `None` for stdlib API files.
    pub source: Option<&'a str>,
}

/// What `lower_more` appended.
pub struct Lowered {
    pub module: Module,
    /// Initialises the new units: package variables, then `init` functions.
    pub init: FuncIdx,
    /// The input's statements, when the input had some (`entry` below).
    pub entry: Option<FuncIdx>,
}

/// Appends the code of `units` (the last one is the input) to `module`.
/// `promoted` are the input's top-level statement variables: they get global
/// slots (so later inputs and closures see them). `entry` is the function
/// declaration holding the input's statements. On error nothing in `state`
/// is changed.
pub fn lower_more(state: &mut LowerState, checked: &Checked, module: Module, units: &[InputUnit], promoted: &[ObjectId], entry: Option<ObjectId>) -> Result<Lowered, Vec<Diagnostic>> {
    let units: Vec<Unit> = units.iter().map(|u| Unit { file: u.file, info: u.info, pkg: u.pkg, lines: u.source.map(LineIndex::new), only: None }).collect();
    let s = state.clone();
    let mut prog = Program {
        checked,
        module,
        types: s.types,
        func_of: s.func_of,
        native_of: s.native_of,
        bodyless: s.bodyless,
        natives: s.natives,
        method_ids: s.method_ids,
        globals: s.globals,
        ptr_wrappers: s.ptr_wrappers,
        zero_bases: s.zero_bases,
        boxed: Default::default(),
        interior: Default::default(),
        init_funcs: s.init_funcs,
        errors: Vec::new(),
        range_exits: Vec::new(),
    };
    prog.boxed = std::rc::Rc::new(scan::escaping_vars(checked, &units));
    prog.interior = scan::interior_addressed_vars(checked, &units);
    declare_globals(&mut prog, &units);
    for &obj in promoted {
        let o = checked.object(obj);
        let ty = prog.types.desc(checked, &mut prog.module, o.ty);
        let idx = GlobalIdx(prog.module.globals.len() as u32);
        prog.module.globals.push(GlobalDesc { name: format!("main.{}", o.name), ty });
        prog.globals.insert(obj, idx);
    }
    let bodies = declare_funcs(&mut prog, &units);
    // Methods added to (or replaced on) named types declared by earlier
    // inputs: their tables, and those of every type of the session that may
    // promote them through embedding, are filled again.
    let adds_methods = units.iter().any(|unit| {
        unit.file.decls.iter().any(|d| matches!(d, Decl::Func(fd) if matches!(unit.info.defs.get(&fd.name.span).map(|o| &checked.object(*o).kind), Some(ObjectKind::Func { recv: Some(_), .. }))))
    });
    if adds_methods {
        prog.types.refill_unnamed_structs(checked);
        for t in (0..checked.types.len() as u32).map(crate::types::TypeId) {
            if checked.types.named(t).is_some_and(|n| n.pkg == "main") {
                prog.types.refill_methods(checked, t);
            }
        }
    }
    let init = compile_bodies(&mut prog, &units, &bodies);
    let entry = entry.and_then(|o| prog.func_of.get(&o).copied());
    if !prog.errors.is_empty() {
        return Err(prog.errors);
    }
    *state = LowerState {
        types: prog.types,
        func_of: prog.func_of,
        native_of: prog.native_of,
        bodyless: prog.bodyless,
        natives: prog.natives,
        method_ids: prog.method_ids,
        globals: prog.globals,
        ptr_wrappers: prog.ptr_wrappers,
        zero_bases: prog.zero_bases,
        init_funcs: prog.init_funcs,
    };
    Ok(Lowered { module: prog.module, init, entry })
}
