//! Owns the module format the compiler hands to the VM: `FuncProto` (code,
//! constants, line table, frame layout), `Module` (functions, globals, runtime
//! type descriptors, natives used, entry points). Must not know source syntax
//! or how the VM executes code.

use super::instr::Instr;
use super::operand::*;
use super::types::TypeDesc;

/// A constant of a function's constant pool (materialised into `Value`s at load).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    Bool(bool),
}

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncProto {
    /// The name as Go prints it in tracebacks: `main.f`, `main.(*T).M`, `main.T.M`,
    /// `main.main.func1`, `main.init.0`.
    pub name: String,
    /// Parameters (receiver first for methods), in `R[0..num_params]`.
    pub num_params: u16,
    /// Number of results `Return` delivers.
    pub num_results: u16,
    /// Registers the frame needs (parameters included).
    pub num_regs: u16,
    /// For closures: how many values `MakeClosure` captures.
    pub num_captures: u16,
    /// Whether the last parameter is variadic (already packed into a slice by the caller).
    pub variadic: bool,
    pub code: Vec<Instr>,
    pub consts: Vec<Const>,
    /// `lines[pc]` is the source line of `code[pc]` (same length as `code`).
    pub lines: Vec<u32>,
    /// Line of the `func` keyword (used when the pc is unknown).
    pub decl_line: u32,
    /// The source file of `lines` when it is not the module's `file_name`
    /// (stdlib functions written in minigo: `minigo/stdlib/src/sort/sort.mg`).
    pub file: Option<String>,
    /// pc of the `RunDefers` epilogue, present iff the function contains `defer`
    /// (a recovered panic resumes the registering frame there, SEMANTICS.md §3.3).
    pub epilogue: Option<u32>,
}

impl FuncProto {
    /// Whether this is the body of a range-over-func loop, made a closure by
    /// the compiler and named as Go names it (`main.f-range1`; identifiers
    /// cannot contain `-`). Its `defer`s register the call and then move it to
    /// the enclosing function's frame (`runtime.deferToFrame`). A name test,
    /// not a field: a `FuncProto` field changed the dispatch loop's code
    /// layout (bench/loop 180 -> 218 ms task-clock).
    pub fn is_loop_body(&self) -> bool {
        self.name.contains("-range")
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.decl_line)
    }
}

/// A package-level variable.
#[derive(Clone, Debug)]
pub struct GlobalDesc {
    pub name: String,
    pub ty: TypeId,
}

/// A whole compiled program.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// Source file name as tracebacks print it (e.g. `/path/prog.mg`).
    pub file_name: String,
    pub funcs: Vec<FuncProto>,
    pub globals: Vec<GlobalDesc>,
    /// Runtime type descriptors (`TypeId` indexes this). See `types.rs`.
    pub types: Vec<TypeDesc>,
    /// Qualified names of the natives the code calls (`NativeIdx` indexes this),
    /// e.g. `"fmt.Println"`, resolved against the `NativeRegistry` at load.
    pub natives: Vec<String>,
    /// Interned method names (`MethodId` indexes this).
    pub method_names: Vec<String>,
    /// Runs first: package variable initialisation then the `init` functions in order.
    pub init: Option<FuncIdx>,
    /// `main.main`.
    pub main: FuncIdx,
}

impl Module {
    pub fn func(&self, f: FuncIdx) -> &FuncProto {
        &self.funcs[f.0 as usize]
    }
    pub fn ty(&self, t: TypeId) -> &TypeDesc {
        &self.types[t.0 as usize]
    }
    pub fn method_name(&self, m: MethodId) -> &str {
        &self.method_names[m.0 as usize]
    }
    /// Finds a type descriptor by its printed name (first match).
    pub fn type_named(&self, name: &str) -> Option<TypeId> {
        self.types.iter().position(|t| t.name == name).map(|i| TypeId(i as u16))
    }
    /// Makes `method_names` a true interning table: every `MethodId` (in
    /// instructions, interface types and method tables) is rewritten to the
    /// first index holding its name, so equal names compare equal as ids.
    pub fn canonicalize_method_ids(&mut self) {
        let mut first: std::collections::HashMap<&str, u16> = std::collections::HashMap::new();
        let canon: Vec<u16> = self.method_names.iter().enumerate().map(|(i, n)| *first.entry(n.as_str()).or_insert(i as u16)).collect();
        if canon.iter().enumerate().all(|(i, c)| *c as usize == i) {
            return;
        }
        let fix = |m: &mut MethodId| {
            if let Some(c) = canon.get(m.0 as usize) {
                m.0 = *c;
            }
        };
        for f in &mut self.funcs {
            for instr in &mut f.code {
                match instr {
                    Instr::CallIface { method, .. } | Instr::IfaceMethodValue { method, .. } => fix(method),
                    _ => {}
                }
            }
        }
        for t in &mut self.types {
            if let super::types::TypeKind::Interface { methods } = &mut t.kind {
                methods.iter_mut().for_each(|m| fix(&mut m.name));
            }
            t.methods.iter_mut().for_each(|m| fix(&mut m.name));
        }
    }

    /// Finds an interned method name.
    pub fn method_id(&self, name: &str) -> Option<MethodId> {
        self.method_names.iter().position(|m| m == name).map(|i| MethodId(i as u16))
    }
}
