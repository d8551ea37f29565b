//! Owns lowering a checked program to the vm's bytecode `Module`: which
//! functions exist and their indices (user functions, methods, stdlib
//! functions with minigo bodies, native thunks, wrappers), package variables,
//! the initialisation function (package variables in the checker's dependency
//! order, then `init` functions) and `main`.
//! Must not know how the VM dispatches or unwinds; reads only the AST and the
//! checker's tables (`Checked`), never re-derives types.
//!
//! Submodules: `types` (runtime type descriptors), `func` (one function's
//! frame, registers, emission), `expr`/`call`/`builtin`/`composite`
//! (expressions), `stmt`/`control` (statements), `branch` (conditions as
//! fused compare-and-branch), `peephole` (in-place rewrites of finished code:
//! fused loop increments, returned moves), `scan` (AST facts such as
//! address-taken variables).

mod branch;
mod builtin;
mod call;
mod composite;
mod control;
mod expr;
mod func;
mod peephole;
mod rangefunc;
mod scan;
pub mod session;
mod stmt;
mod types;
mod wrappers;

use crate::info::{Checked, FileInfo, ObjectId, ObjectKind, VarKind};
use crate::types::TypeId;
use minigo_grammar::ast::{self, Decl};
use minigo_grammar::{Diagnostic, LineIndex, Span};
use minigo_vm::bytecode::{Const, ConstIdx, FuncIdx, FuncProto, GlobalDesc, GlobalIdx, Instr, JumpOffset, MethodId, Module, NativeIdx, Reg};
use std::collections::HashMap;


/// One source file being lowered: the user's file or a stdlib API file.
pub(crate) struct Unit<'a> {
    pub file: &'a ast::File,
    pub info: &'a FileInfo,
    /// Package path (`main`, `fmt`, `unicode/utf8`).
    pub pkg: &'a str,
    /// Line numbers for this file's spans (none: line 0).
    pub lines: Option<LineIndex>,
    /// An instance of a generic declaration: only `file.decls[i]` belongs
    /// to this unit (compiled with `info`, the instance's facts).
    pub only: Option<usize>,
}

/// The file a stdlib package's minigo-bodied functions report in tracebacks
/// (`minigo/stdlib/src/sort/sort.mg`); `None` for the user's package.
pub(crate) fn stdlib_file(pkg: &str) -> Option<String> {
    let dir = pkg.rsplit('/').next().unwrap_or(pkg);
    (pkg != "main").then(|| format!("minigo/stdlib/src/{dir}/{dir}.mg"))
}

impl Unit<'_> {
    pub fn line(&self, span: Span) -> u32 {
        self.lines.as_ref().map_or(0, |l| l.line(span.start))
    }

    /// The declarations this unit compiles, with their indices: every one
    /// but the generic ones, or an instance's single declaration.
    pub fn decls(&self) -> impl Iterator<Item = (usize, &Decl)> {
        let only = self.only;
        self.file.decls.iter().enumerate().filter(move |(i, d)| match only {
            Some(o) => *i == o,
            None => !matches!(d, Decl::Func(fd) if is_generic(fd)),
        })
    }
}

/// A generic function or a method of a generic type: compiled only as instances.
fn is_generic(fd: &ast::FuncDecl) -> bool {
    !fd.type_params.is_empty() || fd.recv.as_ref().is_some_and(|r| recv_type_name(&r.ty).is_some_and(|(n, _)| n.ends_with("[...]")))
}

/// Whole-program lowering state shared by every function being compiled.
pub(crate) struct Program<'a> {
    pub checked: &'a Checked,
    pub module: Module,
    pub types: types::TypeMap,
    /// Functions and methods with a body (and thunks of bodyless ones, made on first use).
    func_of: HashMap<ObjectId, FuncIdx>,
    /// Bodyless (native) functions and methods used so far.
    native_of: HashMap<ObjectId, NativeIdx>,
    /// Bodyless functions and methods: (native name, display name). The
    /// module names a native only once code uses it, so a program loads
    /// even if natives it never calls are missing.
    bodyless: HashMap<ObjectId, (String, String)>,
    natives: HashMap<String, NativeIdx>,
    method_ids: HashMap<String, MethodId>,
    pub globals: HashMap<ObjectId, GlobalIdx>,
    /// `(*T).M` wrappers of value-receiver methods, by method object.
    pub ptr_wrappers: HashMap<ObjectId, FuncIdx>,
    /// The hidden global every heap allocation of a zero-size type points
    /// at, by underlying type (gc's `runtime.zerobase`: `new([0]int) ==
    /// new([0]int)`).
    pub zero_bases: HashMap<TypeId, GlobalIdx>,
    /// Variables living in heap cells (captured or address taken).
    pub boxed: std::rc::Rc<std::collections::HashSet<ObjectId>>,
    /// Aggregate variables with pointers into their storage (assigned in place).
    pub interior: std::collections::HashSet<ObjectId>,
    /// `init` functions by (package, declaration index).
    pub init_funcs: HashMap<(String, usize), FuncIdx>,
    /// Things lowering cannot express ("minigo does not support …").
    pub errors: Vec<Diagnostic>,
    /// The exits of range-over-func loop bodies met so far; exit code `i + 1`
    /// is `range_exits[i]`.
    pub range_exits: Vec<rangefunc::Exit>,
}

impl<'a> Program<'a> {
    pub fn native(&mut self, name: &str) -> NativeIdx {
        if let Some(&n) = self.natives.get(name) {
            return n;
        }
        let n = NativeIdx(self.module.natives.len() as u16);
        self.module.natives.push(name.to_string());
        self.natives.insert(name.to_string(), n);
        n
    }

    /// The code a range-over-func loop body leaves with for `exit`.
    pub fn range_exit_code(&mut self, exit: rangefunc::Exit) -> i16 {
        let i = self.range_exits.iter().position(|e| *e == exit).unwrap_or_else(|| {
            self.range_exits.push(exit);
            self.range_exits.len() - 1
        });
        i16::try_from(i + 1).unwrap_or(i16::MAX)
    }

    /// The exit of code `code` (`range_exit_code`).
    pub fn range_exit(&self, code: i16) -> rangefunc::Exit {
        self.range_exits[code as usize - 1]
    }

    /// The native implementing a bodyless function or method, if it is one.
    pub fn native_index(&mut self, obj: ObjectId) -> Option<NativeIdx> {
        if let Some(&n) = self.native_of.get(&obj) {
            return Some(n);
        }
        let (name, _) = self.bodyless.get(&obj)?.clone();
        let n = self.native(&name);
        self.native_of.insert(obj, n);
        Some(n)
    }

    /// The function index of a declared function or method (a thunk calling
    /// the native for bodyless ones).
    pub fn func_index(&mut self, obj: ObjectId) -> Option<FuncIdx> {
        if let Some(&f) = self.func_of.get(&obj) {
            return Some(f);
        }
        let native = self.native_index(obj)?;
        let display = self.bodyless[&obj].1.clone();
        let thunk = native_thunk(self, obj, native, display);
        self.func_of.insert(obj, thunk);
        Some(thunk)
    }

    pub fn method_id(&mut self, name: &str) -> MethodId {
        if let Some(&m) = self.method_ids.get(name) {
            return m;
        }
        // `types.rs` interns names straight into the module too: reuse those.
        let m = self.module.method_id(name).unwrap_or_else(|| {
            self.module.method_names.push(name.to_string());
            MethodId(self.module.method_names.len() as u16 - 1)
        });
        self.method_ids.insert(name.to_string(), m);
        m
    }

    /// Reserves a function slot (filled later by `set_func`).
    pub fn reserve_func(&mut self, name: String) -> FuncIdx {
        let idx = FuncIdx(self.module.funcs.len() as u32);
        self.module.funcs.push(FuncProto { name, ..FuncProto::default() });
        idx
    }

    pub fn set_func(&mut self, idx: FuncIdx, proto: FuncProto) {
        self.module.funcs[idx.0 as usize] = proto;
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        if self.errors.len() < 10 {
            self.errors.push(Diagnostic::unsupported(span, what));
        }
    }

    /// The global standing for every heap allocation of zero-size type `t`.
    pub fn zero_base(&mut self, t: TypeId) -> GlobalIdx {
        let under = self.checked.types.underlying(t);
        if let Some(&g) = self.zero_bases.get(&under) {
            return g;
        }
        let ty = self.types.desc(self.checked, &mut self.module, under);
        let idx = GlobalIdx(self.module.globals.len() as u32);
        self.module.globals.push(GlobalDesc { name: "runtime.zerobase".to_string(), ty });
        self.zero_bases.insert(under, idx);
        idx
    }

    /// The `(*T).M` wrapper of a value-receiver method `M` of named type `T`:
    /// dereferences and copies the receiver, then calls `M`. A nil receiver
    /// panics as Go's wrapper does (`value method main.T.M called using nil
    /// *T pointer`).
    pub fn ptr_wrapper(&mut self, method: ObjectId) -> FuncIdx {
        if let Some(&f) = self.ptr_wrappers.get(&method) {
            return f;
        }
        let obj = self.checked.object(method);
        let sig = self.checked.types.signature(obj.ty).cloned().unwrap_or(crate::types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let recv_name = match &obj.kind {
            ObjectKind::Func { recv: Some((named, _)), .. } => {
                self.checked.types.named(*named).map(|n| n.name.clone()).unwrap_or_default()
            }
            _ => String::new(),
        };
        let name = format!("{}.(*{}).{}", obj.pkg, recv_name, obj.name);
        let idx = self.reserve_func(name.clone());
        self.ptr_wrappers.insert(method, idx);
        let nparams = 1 + sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let nil = Reg(nparams.max(nres).max(1));
        let panicwrap = self.native("runtime.panicwrap");
        let mut code = vec![
            Instr::LoadNil { dst: nil },
            Instr::Eq { dst: nil, a: Reg(0), b: nil },
            Instr::JumpIfNot { cond: nil, off: JumpOffset(2) },
            Instr::LoadConst { dst: Reg(0), k: ConstIdx(0) },
            Instr::CallNative { native: panicwrap, a: Reg(0), nargs: 1, nret: 0 },
            Instr::Load { dst: Reg(0), ptr: Reg(0) },
            Instr::CopyAgg { dst: Reg(0), src: Reg(0) },
        ];
        let text = format!("value method {}.{recv_name}.{} called using nil *{recv_name} pointer", obj.pkg, obj.name);
        if let Some(n) = self.native_index(method) {
            code.push(Instr::CallNative { native: n, a: Reg(0), nargs: nparams as u8, nret: nres as u8 });
        } else if let Some(f) = self.func_index(method) {
            code.push(Instr::CallDirect { func: f, a: Reg(0) });
        }
        code.push(Instr::Return { a: Reg(0), n: nres as u8 });
        let lines = vec![0; code.len()];
        let proto = FuncProto {
            name,
            num_params: nparams,
            num_results: nres,
            num_regs: nil.0 + 1,
            variadic: sig.variadic,
            code,
            lines,
            consts: vec![Const::Str(text.into_bytes())],
            ..FuncProto::default()
        };
        self.set_func(idx, proto);
        idx
    }
}

/// The name a bodyless stdlib function or method is registered under in the
/// native registry, as Go names the symbol with the package *name*:
/// `fmt.Println`, `utf8.RuneLen`, `strings.(*Builder).WriteString`,
/// `time.Duration.String`.
pub fn native_name(pkg_path: &str, recv: Option<(&str, bool)>, name: &str) -> String {
    let pkg = pkg_path.rsplit('/').next().unwrap_or(pkg_path);
    func_display_name(pkg, recv, name)
}

/// The name Go prints for a function in tracebacks: `main.f`, `main.T.M`,
/// `main.(*T).M`.
fn func_display_name(pkg: &str, recv: Option<(&str, bool)>, name: &str) -> String {
    match recv {
        Some((t, true)) => format!("{pkg}.(*{t}).{name}"),
        Some((t, false)) => format!("{pkg}.{t}.{name}"),
        None => format!("{pkg}.{name}"),
    }
}

/// Lowers a checked program. `source` is the user's file text (for line
/// tables); `file_name` is what tracebacks print. Errors are constructs the
/// checker accepted but minigo cannot lower ("minigo does not support …").
pub fn compile(file: &ast::File, checked: &Checked, file_name: &str, source: &str) -> Result<Module, Vec<Diagnostic>> {
    let mut units: Vec<Unit> = Vec::new();
    for p in &checked.packages {
        let lines = minigo_stdlib::api::package_api(&p.path).map(LineIndex::new);
        units.push(Unit { file: &p.file, info: &p.info, pkg: &p.path, lines, only: None });
    }
    for inst in &checked.instances {
        let (file, lines) = match checked.package(&inst.pkg) {
            Some(p) => (&p.file, minigo_stdlib::api::package_api(&p.path).map(LineIndex::new)),
            None => (file, Some(LineIndex::new(source))),
        };
        units.push(Unit { file, info: &inst.info, pkg: &inst.pkg, lines, only: Some(inst.decl) });
    }
    units.push(Unit { file, info: &checked.main, pkg: "main", lines: Some(LineIndex::new(source)), only: None });

    let mut prog = Program {
        checked,
        module: Module { file_name: file_name.to_string(), ..Module::default() },
        types: types::TypeMap::default(),
        func_of: HashMap::new(),
        native_of: HashMap::new(),
        bodyless: HashMap::new(),
        natives: HashMap::new(),
        method_ids: HashMap::new(),
        globals: HashMap::new(),
        ptr_wrappers: HashMap::new(),
        zero_bases: HashMap::new(),
        boxed: Default::default(),
        interior: Default::default(),
        init_funcs: HashMap::new(),
        errors: Vec::new(),
        range_exits: Vec::new(),
    };
    prog.boxed = std::rc::Rc::new(scan::escaping_vars(checked, &units));
    prog.interior = scan::interior_addressed_vars(checked, &units);

    declare_globals(&mut prog, &units);
    let bodies = declare_funcs(&mut prog, &units);
    let init = compile_bodies(&mut prog, &units, &bodies);
    prog.module.init = Some(init);
    let main_obj = file.decls.iter().find_map(|d| match d {
        Decl::Func(fd) if fd.recv.is_none() && fd.name.name == "main" => checked.main.defs.get(&fd.name.span).copied(),
        _ => None,
    });
    match main_obj.and_then(|o| prog.func_index(o)) {
        Some(m) => prog.module.main = m,
        None => prog.errors.push(Diagnostic::error(Span::DUMMY, "function main is undeclared in the main package")),
    }
    if prog.errors.is_empty() {
        Ok(prog.module)
    } else {
        Err(prog.errors)
    }
}

/// Gives every package-level variable of every unit a global slot.
fn declare_globals(prog: &mut Program, units: &[Unit]) {
    for unit in units {
        for &obj in &unit.info.package_objects {
            let o = prog.checked.object(obj);
            if let ObjectKind::Var { kind: VarKind::Global, .. } = o.kind {
                let ty = prog.types.desc(prog.checked, &mut prog.module, o.ty);
                let idx = GlobalIdx(prog.module.globals.len() as u32);
                prog.module.globals.push(GlobalDesc { name: format!("{}.{}", unit.pkg, o.name), ty });
                prog.globals.insert(obj, idx);
            }
        }
    }
}

/// Assigns a function index to every function and method declaration (so
/// type descriptors' method tables and calls can name them before their
/// bodies are compiled). Returns the declarations whose bodies to compile.
/// Compiles the bodies `declare_funcs` declared, then the package
/// initialisation function, which it returns.
fn compile_bodies<'a>(prog: &mut Program<'a>, units: &[Unit<'a>], bodies: &[(usize, usize, FuncIdx)]) -> FuncIdx {
    for &(unit_idx, decl_idx, idx) in bodies {
        let unit = &units[unit_idx];
        if let Decl::Func(fd) = &unit.file.decls[decl_idx] {
            let proto = func::compile_decl(prog, unit, fd, idx);
            prog.set_func(idx, proto);
        }
    }
    func::compile_init(prog, units)
}

fn declare_funcs(prog: &mut Program, units: &[Unit]) -> Vec<(usize, usize, FuncIdx)> {
    let mut bodies = Vec::new();
    for (ui, unit) in units.iter().enumerate() {
        let mut init_count = 0;
        for (di, decl) in unit.decls() {
            let Decl::Func(fd) = decl else { continue };
            let recv = fd.recv.as_ref().and_then(|r| recv_type_name(&r.ty));
            let is_init = fd.recv.is_none() && fd.name.name == "init";
            let name = if is_init {
                init_count += 1;
                format!("{}.init.{}", unit.pkg, init_count - 1)
            } else if !fd.type_params.is_empty() {
                // Go's tracebacks name an instance `main.Map[...]`.
                func_display_name(unit.pkg, recv.as_ref().map(|(t, p)| (t.as_str(), *p)), &format!("{}[...]", fd.name.name))
            } else {
                func_display_name(unit.pkg, recv.as_ref().map(|(t, p)| (t.as_str(), *p)), &fd.name.name)
            };
            let obj = unit.info.defs.get(&fd.name.span).copied();
            match &fd.body {
                Some(_) => {
                    let idx = prog.reserve_func(name);
                    if is_init {
                        prog.init_funcs.insert((unit.pkg.to_string(), di), idx);
                    }
                    if let Some(o) = obj {
                        prog.func_of.insert(o, idx);
                    }
                    bodies.push((ui, di, idx));
                }
                None => {
                    let Some(o) = obj else { continue };
                    let native = native_name(unit.pkg, recv.as_ref().map(|(t, p)| (t.as_str(), *p)), &fd.name.name);
                    prog.bodyless.insert(o, (native, name));
                }
            }
        }
    }
    bodies
}

/// A function that forwards its parameters to a native (so natives can be
/// function values, method-table entries and deferred like any function).
fn native_thunk(prog: &mut Program, obj: ObjectId, native: NativeIdx, name: String) -> FuncIdx {
    let o = prog.checked.object(obj);
    let (nparams, nres, variadic) = match prog.checked.types.signature(o.ty) {
        Some(s) => (s.params.len() as u16, s.results.len() as u16, s.variadic),
        None => (0, 0, false),
    };
    let nparams = nparams + matches!(o.kind, ObjectKind::Func { recv: Some(_), .. }) as u16;
    let code = vec![
        Instr::CallNative { native, a: Reg(0), nargs: nparams as u8, nret: nres as u8 },
        Instr::Return { a: Reg(0), n: nres as u8 },
    ];
    let idx = prog.reserve_func(name.clone());
    let proto = FuncProto {
        name,
        num_params: nparams,
        num_results: nres,
        num_regs: nparams.max(nres).max(1),
        variadic,
        lines: vec![0; code.len()],
        code,
        ..FuncProto::default()
    };
    prog.set_func(idx, proto);
    idx
}

/// `T` / `*T` of a receiver type expression: the type name and whether it
/// is a pointer (`List[...]` for a generic type's, as Go's tracebacks print).
fn recv_type_name(ty: &ast::Expr) -> Option<(String, bool)> {
    match &ty.kind {
        ast::ExprKind::Ident(n) => Some((n.clone(), false)),
        ast::ExprKind::Index(x, _) | ast::ExprKind::IndexList(x, _) => recv_type_name(x).map(|(n, p)| (format!("{n}[...]"), p)),
        ast::ExprKind::Star(inner) => recv_type_name(inner).map(|(n, _)| (n, true)),
        ast::ExprKind::Paren(inner) => recv_type_name(inner),
        _ => None,
    }
}
