//! Owns compiling one function body: the frame layout (parameters, result
//! slots, locals in registers; variables captured by closures or whose address
//! is taken live in heap cells), register allocation (a stack discipline:
//! `mark`/`release`), instruction emission with the line table, jump
//! patching, the epilogue of functions with `defer`, function literals
//! (closures) and the program's initialisation function.
//! Must not know how the VM runs frames.

use super::scan;
use super::types::{repr, Repr};
use super::{Program, Unit};
use crate::info::{ObjectId, ObjectKind};
use crate::types::TypeId;
use minigo_grammar::ast::{self, Expr, FuncDecl};
use minigo_grammar::Span;
use minigo_vm::bytecode::{Const, ConstIdx, FuncIdx, FuncProto, GlobalIdx, Instr, JumpOffset, Reg};
use std::collections::{HashMap, HashSet};

/// Registers a frame may use (leaves headroom below `u16::MAX`).
const MAX_REGS: u16 = 60_000;

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum VarLoc {
    /// In a register of this frame.
    Reg(Reg),
    /// In a heap cell; the register holds the pointer.
    Cell(Reg),
    /// In a heap cell captured by the running closure (`LoadCapture idx`).
    Capture(u16),
    Global(GlobalIdx),
}

/// A statement that `break` (and for loops `continue`) can leave.
pub(crate) struct Breakable {
    pub label: Option<ObjectId>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

/// A result slot of a function whose returns go through the epilogue.
#[derive(Clone, Copy)]
pub(crate) struct ResultSlot {
    pub loc: VarLoc,
}

pub(crate) struct FuncBuilder<'p, 'a> {
    pub prog: &'p mut Program<'a>,
    pub unit: &'p Unit<'a>,
    pub proto: FuncProto,
    next_reg: u16,
    max_reg: u16,
    pub line: u32,
    pub vars: HashMap<ObjectId, VarLoc>,
    pub captures: HashMap<ObjectId, u16>,
    /// Variables that must live in cells (captured or address taken).
    pub boxed: std::rc::Rc<HashSet<ObjectId>>,
    pub breakables: Vec<Breakable>,
    /// The declared result types.
    pub result_types: Vec<TypeId>,
    /// Named results (empty when results are unnamed).
    pub named_results: Vec<Option<ObjectId>>,
    /// With `defer`: every return stores here and jumps to the epilogue.
    pub result_slots: Option<Vec<ResultSlot>>,
    pub epilogue_jumps: Vec<usize>,
    /// Closures created in this function so far (for their names).
    closure_count: u32,
    /// Constant pool dedup.
    const_index: HashMap<ConstKey, ConstIdx>,
    /// `fallthrough` jumps waiting for the next case body.
    pub fallthrough_jumps: Vec<usize>,
    /// The label of the labeled statement being lowered (for its loop or switch).
    pub pending_label: Option<ObjectId>,
    /// The code position of each label met so far (backward `goto`s jump there).
    pub label_pcs: HashMap<ObjectId, usize>,
    /// `goto` jumps to labels not met yet: (label, jump pc).
    pub forward_gotos: Vec<(ObjectId, usize)>,
    /// Local names in scope, innermost last (resolves `:=` redeclarations).
    pub names: Vec<(String, ObjectId)>,
    /// Fused branches whose target is beyond their `i16` offset: (pc, target pc),
    /// rewritten by `branch::relax_long_jumps` when the function is finished.
    long_jumps: Vec<(usize, usize)>,
    /// Range-over-func loop bodies compiled so far (for their names).
    pub range_count: u32,
    /// The cells shared by the range-over-func loop being compiled and its
    /// bodies (`rangefunc`), while one is.
    pub range_shared: Option<super::rangefunc::RangeShared>,
    /// When this builder compiles a range-over-func loop body: its loop.
    pub loop_body: Option<Box<super::rangefunc::LoopBody>>,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Bool(bool),
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    pub fn new(prog: &'p mut Program<'a>, unit: &'p Unit<'a>, name: String, boxed: std::rc::Rc<HashSet<ObjectId>>) -> Self {
        FuncBuilder {
            prog,
            unit,
            proto: FuncProto { name, file: super::stdlib_file(unit.pkg), ..FuncProto::default() },
            next_reg: 0,
            max_reg: 0,
            line: 0,
            vars: HashMap::new(),
            captures: HashMap::new(),
            boxed,
            breakables: Vec::new(),
            result_types: Vec::new(),
            named_results: Vec::new(),
            result_slots: None,
            epilogue_jumps: Vec::new(),
            closure_count: 0,
            const_index: HashMap::new(),
            fallthrough_jumps: Vec::new(),
            pending_label: None,
            label_pcs: HashMap::new(),
            forward_gotos: Vec::new(),
            names: Vec::new(),
            long_jumps: Vec::new(),
            range_count: 0,
            range_shared: None,
            loop_body: None,
        }
    }

    // ---- registers ----

    pub fn alloc(&mut self) -> Reg {
        let r = Reg(self.next_reg);
        if self.next_reg < MAX_REGS {
            self.next_reg += 1;
        } else if self.prog.errors.is_empty() {
            self.prog.unsupported(Span::DUMMY, "functions needing more than 60000 registers");
        }
        self.max_reg = self.max_reg.max(self.next_reg);
        r
    }

    /// Makes sure the frame has at least `n` registers (call windows write
    /// results and arguments above the allocated registers).
    pub fn touch(&mut self, n: u16) {
        self.max_reg = self.max_reg.max(n);
    }

    pub fn alloc_n(&mut self, n: usize) -> Reg {
        let base = Reg(self.next_reg);
        for _ in 0..n {
            self.alloc();
        }
        base
    }

    pub fn mark(&self) -> u16 {
        self.next_reg
    }

    pub fn release(&mut self, mark: u16) {
        self.next_reg = mark;
    }

    /// Makes `base..base+n` the top registers (everything above is free).
    pub fn set_top(&mut self, top: u16) {
        self.next_reg = top;
        self.max_reg = self.max_reg.max(top);
    }

    // ---- emission ----

    pub fn emit(&mut self, i: Instr) -> usize {
        for (_, op) in i.operands() {
            if let minigo_vm::bytecode::Operand::Reg(r) = op {
                self.touch(r.saturating_add(1));
            }
        }
        self.proto.code.push(i);
        self.proto.lines.push(self.line);
        self.proto.code.len() - 1
    }

    pub fn pc(&self) -> usize {
        self.proto.code.len()
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.unit.line(span)
    }

    pub fn set_line(&mut self, span: Span) {
        if self.unit.lines.is_some() {
            self.line = self.line_of(span);
        }
    }

    /// Emits a jump with an unknown target (see `patch_to_here`).
    pub fn emit_jump(&mut self) -> usize {
        self.emit(Instr::Jump { off: JumpOffset(0) })
    }

    pub fn emit_jump_if(&mut self, cond: Reg, when: bool) -> usize {
        if when {
            self.emit(Instr::JumpIf { cond, off: JumpOffset(0) })
        } else {
            self.emit(Instr::JumpIfNot { cond, off: JumpOffset(0) })
        }
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) {
        let instr = self.proto.code[at];
        if instr.jump_offset().is_none() {
            return;
        }
        self.long_jumps.retain(|&(pc, _)| pc != at);
        match instr.with_jump_offset(target as i32 - at as i32 - 1) {
            Some(i) => self.proto.code[at] = i,
            None => self.long_jumps.push((at, target)),
        }
    }

    pub fn patch_to_here(&mut self, at: usize) {
        let here = self.pc();
        self.patch(at, here);
    }

    pub fn jump_to(&mut self, target: usize) {
        let at = self.emit_jump();
        self.patch(at, target);
    }

    pub fn konst(&mut self, c: Const) -> ConstIdx {
        let key = match &c {
            Const::Int(i) => ConstKey::Int(*i),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bool(b) => ConstKey::Bool(*b),
        };
        if let Some(&k) = self.const_index.get(&key) {
            return k;
        }
        let k = ConstIdx(self.proto.consts.len() as u32);
        self.proto.consts.push(c);
        self.const_index.insert(key, k);
        k
    }

    pub fn load_int(&mut self, dst: Reg, v: i64) {
        if let Ok(small) = i32::try_from(v) {
            self.emit(Instr::LoadInt { dst, value: small });
        } else {
            let k = self.konst(Const::Int(v));
            self.emit(Instr::LoadConst { dst, k });
        }
    }

    /// The zero value of `ty` into `dst`.
    pub fn zero(&mut self, ty: TypeId, dst: Reg) {
        match repr(self.prog.checked, ty) {
            Repr::Int(_) => self.load_int(dst, 0),
            Repr::Bool => {
                self.emit(Instr::LoadBool { dst, value: false });
            }
            Repr::Iface | Repr::Ref => {
                self.emit(Instr::LoadNil { dst });
            }
            _ => {
                let t = self.desc(ty);
                self.emit(Instr::LoadZero { dst, ty: t });
            }
        }
    }

    pub fn desc(&mut self, ty: TypeId) -> minigo_vm::bytecode::TypeId {
        let prog = &mut *self.prog;
        prog.types.desc(prog.checked, &mut prog.module, ty)
    }

    // ---- variables ----

    pub fn obj_of_def(&self, ident: &ast::Ident) -> Option<ObjectId> {
        self.unit.info.defs.get(&ident.span).copied()
    }

    pub fn obj_of_use(&self, e: &Expr) -> Option<ObjectId> {
        self.unit.info.uses.get(&e.id).copied()
    }

    pub fn var_loc(&self, obj: ObjectId) -> Option<VarLoc> {
        if let Some(&l) = self.vars.get(&obj) {
            return Some(l);
        }
        if let Some(&i) = self.captures.get(&obj) {
            return Some(VarLoc::Capture(i));
        }
        self.prog.globals.get(&obj).map(|&g| VarLoc::Global(g))
    }

    pub fn is_boxed(&self, obj: ObjectId) -> bool {
        self.boxed.contains(&obj)
    }

    /// A pointer to a new heap copy of `src` (of type `ty`) into `dst`; for
    /// a zero-size type the one address every such allocation shares, as
    /// in gc.
    pub fn box_into(&mut self, dst: Reg, src: Reg, ty: TypeId) {
        if super::types::is_zero_size(self.prog.checked, ty) {
            let global = self.prog.zero_base(ty);
            self.emit(Instr::AddrGlobal { dst, global });
        } else {
            self.emit(Instr::Box { dst, src });
        }
    }

    /// Binds a new variable to register `r`, which holds its initial value
    /// (boxing it into a fresh cell when it must live in one).
    pub fn bind_var(&mut self, obj: Option<ObjectId>, r: Reg) {
        let Some(obj) = obj else { return };
        // A REPL session promotes an input's top-level variables to globals.
        if let Some(&g) = self.prog.globals.get(&obj) {
            self.emit(Instr::StoreGlobal { global: g, src: r });
            return;
        }
        if self.is_boxed(obj) {
            let ty = self.prog.checked.object(obj).ty;
            self.box_into(r, r, ty);
            self.vars.insert(obj, VarLoc::Cell(r));
        } else {
            self.vars.insert(obj, VarLoc::Reg(r));
        }
    }

    /// Declares a new variable with its zero value in a fresh register.
    pub fn declare_zero(&mut self, obj: Option<ObjectId>, ty: TypeId) -> Reg {
        let r = self.alloc();
        self.zero(ty, r);
        self.bind_var(obj, r);
        r
    }

    pub fn type_of_obj(&self, obj: ObjectId) -> TypeId {
        self.prog.checked.object(obj).ty
    }

    // ---- finishing ----

    pub fn finish(mut self, num_params: u16, num_results: u16) -> FuncProto {
        self.proto.num_params = num_params;
        self.proto.num_results = num_results;
        self.proto.num_regs = self.max_reg.max(num_params).max(num_results).max(1);
        super::branch::relax_long_jumps(&mut self.proto, &self.long_jumps);
        super::peephole::run(&mut self.proto);
        self.proto
    }

    /// Sets up parameters (`R[0..]`, receiver first) and results.
    fn prologue(&mut self, recv: Option<&ast::ParamGroup>, sig: &ast::FuncType, sig_ty: TypeId) -> u16 {
        let mut nparams = 0u16;
        let mut params: Vec<(Option<ObjectId>, Reg)> = Vec::new();
        let groups = recv.into_iter().chain(sig.params.iter());
        for g in groups {
            if g.names.is_empty() {
                params.push((None, self.alloc()));
                nparams += 1;
            }
            for n in &g.names {
                let obj = if n.is_blank() { None } else { self.obj_of_def(n) };
                params.push((obj, self.alloc()));
                nparams += 1;
            }
        }
        for (obj, r) in params {
            self.bind_var(obj, r);
            self.push_name(obj);
        }
        let (results, variadic) = match self.prog.checked.types.signature(sig_ty) {
            Some(s) => (s.results.clone(), s.variadic),
            None => (Vec::new(), false),
        };
        self.proto.variadic = variadic;
        self.result_types = results.clone();
        let mut named = Vec::new();
        for g in &sig.results {
            for n in &g.names {
                named.push(if n.is_blank() { None } else { self.obj_of_def(n) });
            }
        }
        let has_named = !named.is_empty();
        self.named_results = named.clone();
        let needs_slots = has_named || self.proto.epilogue.is_some();
        if needs_slots {
            let mut slots = Vec::new();
            for (i, ty) in results.iter().enumerate() {
                let obj = named.get(i).copied().flatten();
                let r = self.declare_zero(obj, *ty);
                self.push_name(obj);
                let loc = match obj {
                    Some(o) => self.vars[&o],
                    None => VarLoc::Reg(r),
                };
                slots.push(ResultSlot { loc });
            }
            self.result_slots = Some(slots);
        }
        nparams
    }

    /// Compiles a body: prologue, statements, the implicit return and (for
    /// functions with `defer`) the epilogue.
    fn body(&mut self, recv: Option<&ast::ParamGroup>, sig: &ast::FuncType, sig_ty: TypeId, body: &ast::Block) -> (u16, u16) {
        if scan::contains_defer(body) {
            self.proto.epilogue = Some(0);
        }
        let nparams = self.prologue(recv, sig, sig_ty);
        let nres = self.result_types.len() as u16;
        self.block(&body.stmts);
        self.line = self.line_of(body.span.end_point());
        self.emit_return_path();
        if self.proto.epilogue.is_some() {
            let at = self.pc();
            for j in std::mem::take(&mut self.epilogue_jumps) {
                self.patch(j, at);
            }
            self.proto.epilogue = Some(at as u32);
            self.emit(Instr::RunDefers {});
            let base = self.load_result_slots();
            self.emit(Instr::Return { a: base, n: nres as u8 });
        }
        (nparams, nres)
    }

    /// The end of a `return` whose results are already in the result slots.
    pub fn emit_return_path(&mut self) {
        if self.proto.epilogue.is_some() {
            let j = self.emit_jump();
            self.epilogue_jumps.push(j);
        } else {
            let mark = self.mark();
            let base = self.load_result_slots();
            let n = self.result_types.len() as u8;
            self.emit(Instr::Return { a: base, n });
            self.release(mark);
        }
    }

    /// Copies the result slots into consecutive fresh registers.
    fn load_result_slots(&mut self) -> Reg {
        let slots = self.result_slots.clone().unwrap_or_default();
        let base = Reg(self.mark());
        for s in slots {
            let r = self.alloc();
            self.read_var(s.loc, r);
        }
        base
    }

    /// `dst = variable` (no aggregate copy).
    pub fn read_var(&mut self, loc: VarLoc, dst: Reg) {
        match loc {
            VarLoc::Reg(r) => {
                if r != dst {
                    self.emit(Instr::Move { dst, src: r });
                }
            }
            VarLoc::Cell(p) => {
                self.emit(Instr::Load { dst, ptr: p });
            }
            VarLoc::Capture(i) => {
                self.emit(Instr::LoadCaptured { dst, idx: i });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::LoadGlobal { dst, global: g });
            }
        }
    }

    /// `variable = src` (src already copied if it is an aggregate).
    pub fn write_var(&mut self, loc: VarLoc, src: Reg) {
        match loc {
            VarLoc::Reg(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            VarLoc::Cell(p) => {
                self.emit(Instr::Store { ptr: p, src });
            }
            VarLoc::Capture(i) => {
                self.emit(Instr::StoreCaptured { idx: i, src });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::StoreGlobal { global: g, src });
            }
        }
    }

    /// `dst = &variable`.
    pub fn addr_var(&mut self, loc: VarLoc, dst: Reg) {
        match loc {
            VarLoc::Cell(p) => {
                self.emit(Instr::Move { dst, src: p });
            }
            VarLoc::Capture(i) => {
                self.emit(Instr::LoadCapture { dst, idx: i });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::AddrGlobal { dst, global: g });
            }
            VarLoc::Reg(r) => {
                // Not marked as escaping (should not happen): box a copy.
                self.emit(Instr::Box { dst, src: r });
            }
        }
    }

    // ---- function literals ----

    /// Compiles a function literal; `dst` receives the function value.
    pub fn func_lit(&mut self, e: &Expr, sig: &ast::FuncType, body: &ast::Block, dst: Reg) {
        self.closure_count += 1;
        let name = if self.proto.name.contains(".func") || self.proto.name.contains("-range") {
            format!("{}.{}", self.proto.name, self.closure_count)
        } else {
            format!("{}.func{}", self.proto.name, self.closure_count)
        };
        let captured: Vec<ObjectId> = self.unit.info.captures.get(&e.id).cloned().unwrap_or_default();
        let sig_ty = self.unit.info.type_of(e.id).map(|t| t.ty).unwrap_or(TypeId::INVALID);
        let idx = self.prog.reserve_func(name.clone());
        let boxed = self.boxed.clone();
        let unit = self.unit;
        let line = self.line_of(e.span);
        let proto = {
            let mut inner = FuncBuilder::new(&mut *self.prog, unit, name, boxed);
            inner.proto.decl_line = line;
            inner.line = line;
            for (i, o) in captured.iter().enumerate() {
                inner.captures.insert(*o, i as u16);
            }
            let (np, nr) = inner.body(None, sig, sig_ty, body);
            let mut p = inner.finish(np, nr);
            p.num_captures = captured.len() as u16;
            p
        };
        self.prog.set_func(idx, proto);
        if captured.is_empty() {
            self.emit(Instr::LoadFunc { dst, func: idx });
            return;
        }
        let mark = self.mark();
        // The captures go straight into `dst` when it is the top register
        // (everything above it is free) and no captured variable lives in it:
        // the closure is then made in place, without a Move after it.
        let in_place = dst.0 + 1 == self.next_reg
            && !captured.iter().any(|o| matches!(self.var_loc(*o), Some(VarLoc::Cell(p) | VarLoc::Reg(p)) if p == dst));
        let base = if in_place {
            self.alloc_n(captured.len() - 1);
            dst
        } else {
            self.alloc_n(captured.len())
        };
        for (i, o) in captured.iter().enumerate() {
            let loc = self.var_loc(*o);
            self.capture_ref(loc, Reg(base.0 + i as u16));
        }
        self.emit(Instr::MakeClosure { dst: base, func: idx });
        if base != dst {
            self.emit(Instr::Move { dst, src: base });
        }
        self.release(mark);
    }

    /// `r` = what a new closure captures of a variable at `loc`: its cell.
    pub fn capture_ref(&mut self, loc: Option<VarLoc>, r: Reg) {
        match loc {
            Some(VarLoc::Cell(p)) => {
                self.emit(Instr::Move { dst: r, src: p });
            }
            Some(VarLoc::Capture(k)) => {
                self.emit(Instr::LoadCapture { dst: r, idx: k });
            }
            Some(loc) => self.addr_var(loc, r),
            None => {
                self.emit(Instr::LoadNil { dst: r });
            }
        }
    }

    pub fn fn_obj_kind(&self, obj: ObjectId) -> &ObjectKind {
        &self.prog.checked.object(obj).kind
    }
}

/// Compiles a top-level function or method declaration.
pub(crate) fn compile_decl<'a>(prog: &mut Program<'a>, unit: &Unit<'a>, fd: &FuncDecl, idx: FuncIdx) -> FuncProto {
    let name = prog.module.funcs[idx.0 as usize].name.clone();
    let boxed = prog.boxed.clone();
    let obj = unit.info.defs.get(&fd.name.span).copied();
    let sig_ty = obj.map(|o| prog.checked.object(o).ty).unwrap_or(TypeId::INVALID);
    let mut b = FuncBuilder::new(prog, unit, name, boxed);
    b.proto.decl_line = unit.line(fd.span);
    b.line = b.proto.decl_line;
    let Some(body) = &fd.body else { return b.finish(0, 0) };
    let (np, nr) = b.body(fd.recv.as_ref(), &fd.sig, sig_ty, body);
    b.finish(np, nr)
}

/// The program's initialisation: every unit's package variables in the
/// checker's order, then its `init` functions (stdlib packages first).
pub(crate) fn compile_init<'a>(prog: &mut Program<'a>, units: &[Unit<'a>]) -> FuncIdx {
    super::types::fill_methods(prog);
    let idx = prog.reserve_func("main.init".to_string());
    let main_unit = units.last().expect("the main unit");
    let mut code_proto = {
        let boxed = prog.boxed.clone();
        let mut b = FuncBuilder::new(prog, main_unit, "main.init".to_string(), boxed);
        for unit in units {
            b.unit_init(unit);
        }
        b.emit(Instr::Return { a: Reg(0), n: 0 });
        b.finish(0, 0)
    };
    code_proto.name = "main.init".to_string();
    prog.set_func(idx, code_proto);
    super::types::fill_methods(prog);
    idx
}

impl<'p, 'a> FuncBuilder<'p, 'a> {
    /// Package variable initialisers then `init` calls of one unit.
    fn unit_init(&mut self, unit: &'p Unit<'a>) {
        let saved = self.unit;
        self.unit = unit;
        for init in &unit.info.var_init_order {
            let value = find_var_value(unit.file, init.decl, init.spec, init.value);
            let Some(value) = value else { continue };
            self.set_line(value.span);
            let mark = self.mark();
            let base = self.alloc_n(init.lhs.len().max(1));
            let n = init.lhs.len();
            if n == 1 {
                let ty = init.lhs[0].map(|o| self.type_of_obj(o));
                self.expr_as(value, ty, base);
            } else {
                self.multi_value(value, base, n);
            }
            for (i, lhs) in init.lhs.iter().enumerate() {
                if let Some(o) = lhs {
                    if let Some(&g) = self.prog.globals.get(o) {
                        let r = Reg(base.0 + i as u16);
                        if n > 1 {
                            let from = self.multi_types(value).get(i).copied().unwrap_or(TypeId::INVALID);
                            let to = self.type_of_obj(*o);
                            self.coerce(r, from, to);
                        }
                        self.emit(Instr::StoreGlobal { global: g, src: r });
                    }
                }
            }
            self.release(mark);
        }
        for &di in &unit.info.inits {
            if let Some(ast::Decl::Func(fd)) = unit.file.decls.get(di) {
                let found = unit.info.defs.get(&fd.name.span).and_then(|o| self.prog.func_index(*o));
                let found = found.or_else(|| self.prog.init_funcs.get(&(unit.pkg.to_string(), di)).copied());
                if let Some(func) = found {
                    let a = Reg(self.mark());
                    self.alloc();
                    self.emit(Instr::CallDirect { func, a });
                    self.release(a.0);
                }
            }
        }
        self.unit = saved;
    }
}

/// The initializer expression `value` of `decls[decl]`'s var spec `spec`.
fn find_var_value(file: &ast::File, decl: usize, spec: usize, value: ast::ExprId) -> Option<&Expr> {
    match file.decls.get(decl)? {
        ast::Decl::Var(specs) => specs.get(spec)?.values.iter().find(|v| v.id == value),
        _ => None,
    }
}
