//! Owns a small builder for hand-written bytecode modules (VM unit tests,
//! benchmarks, and anyone who wants to emit code without a compiler): basic
//! type descriptors, functions with labels and jump patching, constants,
//! natives and method names. Must not know source syntax.

use crate::bytecode::*;

/// Frequently needed type descriptors, added by `ModuleBuilder::new`.
#[derive(Clone, Copy, Debug)]
pub struct BasicTypes {
    pub int: TypeId,
    pub string: TypeId,
    pub bool: TypeId,
    pub float64: TypeId,
    pub any: TypeId,
    pub error: TypeId,
}

pub struct ModuleBuilder {
    pub module: Module,
    pub types: BasicTypes,
}

impl ModuleBuilder {
    pub fn new(file_name: &str) -> ModuleBuilder {
        let mut module = Module { file_name: file_name.to_string(), ..Module::default() };
        let mut add = |name: &str, kind: TypeKind, size: u64| {
            let mut d = TypeDesc::new(name, kind, size, true);
            d.named = true;
            module.types.push(d);
            TypeId(module.types.len() as u16 - 1)
        };
        let int = add("int", TypeKind::Int(IntKind::I64), 8);
        let string = add("string", TypeKind::String, 16);
        let bool = add("bool", TypeKind::Bool, 1);
        let float64 = add("float64", TypeKind::Float { bits: 64 }, 8);
        let any = add("interface {}", TypeKind::Interface { methods: vec![] }, 16);
        let mut mb = ModuleBuilder { module, types: BasicTypes { int, string, bool, float64, any, error: any } };
        let error_m = mb.method("Error");
        mb.types.error = mb.add_type(TypeDesc { named: true, ..TypeDesc::new("error", TypeKind::Interface { methods: vec![IfaceMethodDesc::unchecked(error_m)] }, 16, true) });
        mb
    }

    pub fn add_type(&mut self, desc: TypeDesc) -> TypeId {
        self.module.types.push(desc);
        TypeId(self.module.types.len() as u16 - 1)
    }

    /// Interns a method name.
    pub fn method(&mut self, name: &str) -> MethodId {
        match self.module.method_id(name) {
            Some(m) => m,
            None => {
                self.module.method_names.push(name.to_string());
                MethodId(self.module.method_names.len() as u16 - 1)
            }
        }
    }

    /// Interns a native by qualified name.
    pub fn native(&mut self, name: &str) -> NativeIdx {
        match self.module.natives.iter().position(|n| n == name) {
            Some(i) => NativeIdx(i as u16),
            None => {
                self.module.natives.push(name.to_string());
                NativeIdx(self.module.natives.len() as u16 - 1)
            }
        }
    }

    pub fn global(&mut self, name: &str, ty: TypeId) -> GlobalIdx {
        self.module.globals.push(GlobalDesc { name: name.to_string(), ty });
        GlobalIdx(self.module.globals.len() as u32 - 1)
    }

    /// Reserves a function index (for recursion and forward calls); define it later.
    pub fn declare(&mut self, name: &str) -> FuncIdx {
        self.module.funcs.push(FuncProto { name: name.to_string(), ..FuncProto::default() });
        FuncIdx(self.module.funcs.len() as u32 - 1)
    }

    /// Defines a declared function.
    pub fn define(&mut self, f: FuncIdx, fb: FuncBuilder) {
        let name = std::mem::take(&mut self.module.funcs[f.0 as usize].name);
        self.module.funcs[f.0 as usize] = fb.finish(name);
    }

    /// Declares and defines a function.
    pub fn func(&mut self, name: &str, fb: FuncBuilder) -> FuncIdx {
        let f = self.declare(name);
        self.define(f, fb);
        f
    }

    pub fn finish(mut self, main: FuncIdx) -> Module {
        self.module.main = main;
        self.module
    }
}

/// A label: a jump target inside one function.
#[derive(Clone, Copy, Debug)]
pub struct Label(usize);

pub struct FuncBuilder {
    proto: FuncProto,
    line: u32,
    labels: Vec<Option<usize>>,
    /// (instruction index, label)
    patches: Vec<(usize, Label)>,
}

impl FuncBuilder {
    pub fn new(num_params: u16, num_results: u16, num_regs: u16) -> FuncBuilder {
        FuncBuilder { proto: FuncProto { num_params, num_results, num_regs, ..FuncProto::default() }, line: 1, labels: Vec::new(), patches: Vec::new() }
    }
    pub fn captures(mut self, n: u16) -> FuncBuilder {
        self.proto.num_captures = n;
        self
    }
    /// Sets the source line of the following instructions.
    pub fn line(&mut self, line: u32) -> &mut Self {
        if self.proto.code.is_empty() {
            self.proto.decl_line = line;
        }
        self.line = line;
        self
    }
    pub fn emit(&mut self, i: Instr) -> &mut Self {
        self.proto.code.push(i);
        self.proto.lines.push(self.line);
        self
    }
    pub fn konst(&mut self, c: Const) -> ConstIdx {
        if let Some(i) = self.proto.consts.iter().position(|k| *k == c) {
            return ConstIdx(i as u32);
        }
        self.proto.consts.push(c);
        ConstIdx(self.proto.consts.len() as u32 - 1)
    }
    /// Emits `LoadConst` of a string.
    pub fn load_str(&mut self, dst: Reg, s: &str) -> &mut Self {
        let k = self.konst(Const::Str(s.as_bytes().to_vec()));
        self.emit(Instr::LoadConst { dst, k })
    }
    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }
    /// Places `l` at the next instruction.
    pub fn place(&mut self, l: Label) -> &mut Self {
        self.labels[l.0] = Some(self.proto.code.len());
        self
    }
    /// Marks the next instruction as the `RunDefers` epilogue.
    pub fn epilogue_here(&mut self) -> &mut Self {
        self.proto.epilogue = Some(self.proto.code.len() as u32);
        self
    }
    /// Emits a jump-carrying instruction; `make` gets a placeholder offset.
    pub fn emit_jump(&mut self, l: Label, make: impl FnOnce(JumpOffset) -> Instr) -> &mut Self {
        self.patches.push((self.proto.code.len(), l));
        self.emit(make(JumpOffset(0)))
    }
    pub fn jump(&mut self, l: Label) -> &mut Self {
        self.emit_jump(l, |off| Instr::Jump { off })
    }
    pub fn finish(mut self, name: String) -> FuncProto {
        for (at, l) in std::mem::take(&mut self.patches) {
            let target = self.labels[l.0].expect("label placed") as i32;
            let off = JumpOffset(target - (at as i32 + 1));
            self.proto.code[at] = self.proto.code[at].with_jump_offset(off.0).unwrap_or(self.proto.code[at]);
        }
        self.proto.name = name;
        self.proto
    }
}
