//! Owns a small text assembler for hand-written modules (VM tests, benchmarks,
//! experiments). Must not know source syntax (this is bytecode text).
//!
//! ```text
//! # comment
//! type main.E string                 # a defined type: NAME KIND…
//! type main.T struct a:int b:string  # kinds: int int8… uint8… float64 float32 bool
//! type *main.T ptr main.T            #   string any, ptr T, slice T, array T N,
//! type main.I interface M N          #   map K V, chan T, struct, interface, func
//! method main.E Error main.E.Error   # TYPE NAME FUNC [ptr]
//! global main.x int
//! func main.f params=1 results=1 regs=4 captures=0
//!   line 7                           # source line of what follows
//!   LoadConst r0 "text"              # a string constant; 1.5 int:7 true: constants
//!   CallDirect f:main.g r2           # f:FUNC t:TYPE n:NATIVE m:METHOD g:GLOBAL
//!   JumpIfNot r1 @done               # @LABEL jump; `done:` places it
//! epilogue:                          # marks FuncProto::epilogue
//!   RunDefers
//! ```
//! `main.main` is the entry point, `main.init` (if any) runs first.

use crate::builder::ModuleBuilder;
use crate::bytecode::*;
use std::collections::HashMap;

/// A function being assembled: its index, proto, labels and pending jump patches.
type OpenFunc = (FuncIdx, FuncProto, HashMap<String, usize>, Vec<(usize, String)>);

/// Assembles `src` into a module.
pub fn assemble(src: &str) -> Result<Module, String> {
    let mut mb = ModuleBuilder::new("/tmp/prog.mg");
    let mut funcs: HashMap<String, FuncIdx> = HashMap::new();
    // Pass 1: declare functions (so calls can refer forward).
    for line in src.lines() {
        let toks = tokenize(line)?;
        if toks.first().map(|s| s.as_str()) == Some("func") {
            let name = toks.get(1).ok_or("func needs a name")?.clone();
            let f = mb.declare(&name);
            funcs.insert(name, f);
        }
    }
    let mut current: Option<OpenFunc> = None;
    let mut line_no = 1u32;
    let finish = |mb: &mut ModuleBuilder, cur: Option<OpenFunc>| -> Result<(), String> {
        if let Some((f, mut proto, labels, patches)) = cur {
            for (at, label) in patches {
                let target = *labels.get(&label).ok_or_else(|| format!("{}: unknown label {label}", proto.name))?;
                let off = JumpOffset(target as i32 - at as i32 - 1);
                proto.code[at] = proto.code[at].with_jump_offset(off.0).unwrap_or(proto.code[at]);
            }
            proto.epilogue = labels.get("epilogue").map(|&pc| pc as u32);
            mb.module.funcs[f.0 as usize] = proto;
        }
        Ok(())
    };
    for (n, line) in src.lines().enumerate() {
        let toks = tokenize(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let Some(head) = toks.first() else { continue };
        let err = |e: String| format!("line {}: {e}", n + 1);
        match head.as_str() {
            "func" => {
                finish(&mut mb, current.take())?;
                let name = toks[1].clone();
                let mut proto = FuncProto { name: name.clone(), ..FuncProto::default() };
                for kv in &toks[2..] {
                    let (k, v) = kv.split_once('=').ok_or_else(|| err(format!("bad func attribute {kv}")))?;
                    let v: u16 = v.parse().map_err(|_| err(format!("bad number {v}")))?;
                    match k {
                        "params" => proto.num_params = v,
                        "results" => proto.num_results = v,
                        "regs" => proto.num_regs = v,
                        "captures" => proto.num_captures = v,
                        _ => return Err(err(format!("unknown func attribute {k}"))),
                    }
                }
                proto.decl_line = line_no;
                current = Some((funcs[&name], proto, HashMap::new(), Vec::new()));
            }
            "type" => {
                let desc = parse_type(&mut mb, &toks[1..]).map_err(err)?;
                mb.add_type(desc);
            }
            "method" => {
                let ty = type_by_name(&mb, toks.get(1).ok_or("method TYPE")?).map_err(err)?;
                let name = mb.method(toks.get(2).ok_or("method NAME")?);
                let func = *funcs.get(toks.get(3).ok_or("method FUNC")?.as_str()).ok_or_else(|| err("unknown method function".into()))?;
                let ptr_recv = toks.get(4).map(|s| s == "ptr").unwrap_or(false);
                let methods = &mut mb.module.types[ty.0 as usize].methods;
                methods.push(MethodDesc { name, sig: None, func, ptr_recv });
                let names = mb.module.method_names.clone();
                mb.module.types[ty.0 as usize].methods.sort_by(|a, b| names[a.name.0 as usize].cmp(&names[b.name.0 as usize]));
            }
            "global" => {
                let ty = type_by_name(&mb, toks.get(2).ok_or("global TYPE")?).map_err(err)?;
                mb.global(&toks[1], ty);
            }
            "line" => line_no = toks.get(1).and_then(|s| s.parse().ok()).ok_or_else(|| err("line N".into()))?,
            "file" => mb.module.file_name = toks.get(1).cloned().unwrap_or_default(),
            label if label.ends_with(':') && toks.len() == 1 => {
                let (_, proto, labels, _) = current.as_mut().ok_or_else(|| err("label outside func".into()))?;
                labels.insert(label.trim_end_matches(':').to_string(), proto.code.len());
            }
            op => {
                let (_, proto, _, patches) = current.as_mut().ok_or_else(|| err("instruction outside func".into()))?;
                let mut ops = Vec::new();
                let mut jump_label = None;
                for t in &toks[1..] {
                    ops.push(match parse_operand(&mut mb, &funcs, proto, t).map_err(err)? {
                        Parsed::Op(o) => o,
                        Parsed::Label(l) => {
                            jump_label = Some(l);
                            Operand::Jump(0)
                        }
                    });
                }
                let instr = Instr::from_parts(op, &ops).map_err(err)?;
                if let Some(l) = jump_label {
                    patches.push((proto.code.len(), l));
                }
                proto.code.push(instr);
                proto.lines.push(line_no);
            }
        }
    }
    finish(&mut mb, current.take())?;
    let main = *funcs.get("main.main").ok_or("no main.main")?;
    let mut m = mb.finish(main);
    m.init = funcs.get("main.init").copied();
    Ok(m)
}

enum Parsed {
    Op(Operand),
    Label(String),
}

fn parse_operand(mb: &mut ModuleBuilder, funcs: &HashMap<String, FuncIdx>, proto: &mut FuncProto, t: &str) -> Result<Parsed, String> {
    let konst = |proto: &mut FuncProto, c: Const| {
        let i = proto.consts.iter().position(|k| *k == c).unwrap_or_else(|| {
            proto.consts.push(c);
            proto.consts.len() - 1
        });
        Operand::Const(i as u32)
    };
    Ok(Parsed::Op(if let Some(s) = t.strip_prefix('"') {
        konst(proto, Const::Str(unescape(s.trim_end_matches('"')).into_bytes()))
    } else if let Some(l) = t.strip_prefix('@') {
        return Ok(Parsed::Label(l.to_string()));
    } else if let Some(r) = t.strip_prefix('r').and_then(|r| r.parse::<u16>().ok()) {
        Operand::Reg(r)
    } else if let Some(f) = t.strip_prefix("f:") {
        Operand::Func(funcs.get(f).ok_or_else(|| format!("unknown function {f}"))?.0)
    } else if let Some(ty) = t.strip_prefix("t:") {
        Operand::Type(type_by_name(mb, ty)?.0)
    } else if let Some(n) = t.strip_prefix("n:") {
        Operand::Native(mb.native(n).0)
    } else if let Some(m) = t.strip_prefix("m:") {
        Operand::Method(mb.method(m).0)
    } else if let Some(g) = t.strip_prefix("g:") {
        Operand::Global(mb.module.globals.iter().position(|d| d.name == g).ok_or_else(|| format!("unknown global {g}"))? as u32)
    } else if let Some(i) = t.strip_prefix("int:") {
        konst(proto, Const::Int(i.parse().map_err(|_| format!("bad int {i}"))?))
    } else if let Some(x) = t.strip_prefix("float:") {
        konst(proto, Const::Float(x.parse().map_err(|_| format!("bad float {x}"))?))
    } else if t == "true" || t == "false" {
        Operand::Bool(t == "true")
    } else if let Some(k) = int_kind(t) {
        Operand::IntKind(k)
    } else if let Some(c) = conv_op(t) {
        Operand::Conv(c)
    } else if let Ok(i) = t.parse::<i64>() {
        Operand::Imm(i)
    } else {
        return Err(format!("cannot parse operand {t}"));
    }))
}

fn int_kind(t: &str) -> Option<IntKind> {
    Some(match t {
        "i8" => IntKind::I8,
        "i16" => IntKind::I16,
        "i32" => IntKind::I32,
        "i64" => IntKind::I64,
        "u8" => IntKind::U8,
        "u16" => IntKind::U16,
        "u32" => IntKind::U32,
        "u64" => IntKind::U64,
        _ => return None,
    })
}

fn conv_op(t: &str) -> Option<ConvOp> {
    Some(match t {
        "RuneToStr" => ConvOp::RuneToStr,
        "BytesToStr" => ConvOp::BytesToStr,
        "StrToBytes" => ConvOp::StrToBytes,
        "RunesToStr" => ConvOp::RunesToStr,
        "StrToRunes" => ConvOp::StrToRunes,
        "IntToDecimal" => ConvOp::IntToDecimal,
        "OnesCount" => ConvOp::OnesCount,
        "BitLen" => ConvOp::BitLen,
        "LeadingZeros64" => ConvOp::LeadingZeros64,
        "TrailingZeros64" => ConvOp::TrailingZeros64,
        _ => return None,
    })
}

fn type_by_name(mb: &ModuleBuilder, name: &str) -> Result<TypeId, String> {
    let name = if name == "any" { "interface {}" } else { name };
    mb.module.type_named(name).ok_or_else(|| format!("unknown type {name}"))
}

/// `NAME KIND ARGS…` → a descriptor.
fn parse_type(mb: &mut ModuleBuilder, toks: &[String]) -> Result<TypeDesc, String> {
    let name = toks.first().ok_or("type NAME KIND")?.clone();
    let kind = toks.get(1).ok_or("type NAME KIND")?.as_str();
    let arg = |i: usize| toks.get(i).cloned().ok_or_else(|| format!("type {name}: missing argument"));
    let (k, size, comparable) = match kind {
        "int" => (TypeKind::Int(IntKind::I64), 8, true),
        "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64" | "uint" => {
            let k = match kind {
                "int8" => IntKind::I8,
                "int16" => IntKind::I16,
                "int32" => IntKind::I32,
                "int64" => IntKind::I64,
                "uint8" => IntKind::U8,
                "uint16" => IntKind::U16,
                "uint32" => IntKind::U32,
                _ => IntKind::U64,
            };
            (TypeKind::Int(k), (k.bits() / 8) as u64, true)
        }
        "float64" => (TypeKind::Float { bits: 64 }, 8, true),
        "float32" => (TypeKind::Float { bits: 32 }, 4, true),
        "bool" => (TypeKind::Bool, 1, true),
        "string" => (TypeKind::String, 16, true),
        "ptr" => (TypeKind::Pointer { elem: type_by_name(mb, &arg(2)?)? }, 8, true),
        "slice" => (TypeKind::Slice { elem: type_by_name(mb, &arg(2)?)? }, 24, false),
        "chan" => (TypeKind::Chan { elem: type_by_name(mb, &arg(2)?)?, dir: ChanDir::Both }, 8, true),
        "func" => (TypeKind::Func { params: vec![], results: vec![], variadic: false }, 8, false),
        "map" => (TypeKind::Map { key: type_by_name(mb, &arg(2)?)?, value: type_by_name(mb, &arg(3)?)? }, 8, false),
        "array" => {
            let elem = type_by_name(mb, &arg(2)?)?;
            let len: u32 = arg(3)?.parse().map_err(|_| "array length")?;
            let es = mb.module.ty(elem).size;
            let c = mb.module.ty(elem).comparable;
            (TypeKind::Array { elem, len }, es * len as u64, c)
        }
        "struct" => {
            let mut fields = Vec::new();
            let mut size = 0;
            let mut comparable = true;
            for f in &toks[2..] {
                let (fname, fty) = f.split_once(':').ok_or("struct field NAME:TYPE")?;
                let ty = type_by_name(mb, fty)?;
                size += mb.module.ty(ty).size;
                comparable &= mb.module.ty(ty).comparable;
                fields.push(FieldDesc { name: fname.to_string(), ty, embedded: false, exported: fname.starts_with(|c: char| c.is_uppercase()) });
            }
            (TypeKind::Struct { fields }, size, comparable)
        }
        "interface" => {
            let mut methods: Vec<IfaceMethodDesc> = toks[2..].iter().map(|m| IfaceMethodDesc::unchecked(mb.method(m))).collect();
            let names = mb.module.method_names.clone();
            methods.sort_by(|a, b| names[a.name.0 as usize].cmp(&names[b.name.0 as usize]));
            (TypeKind::Interface { methods }, 16, true)
        }
        other => return Err(format!("unknown kind {other}")),
    };
    let named = name.contains('.') && !name.starts_with('*') && !name.starts_with('[');
    Ok(TypeDesc { named, ..TypeDesc::new(name, k, size, comparable) })
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"")
}

/// Splits a line into tokens; strings keep their quotes; `#` starts a comment.
fn tokenize(line: &str) -> Result<Vec<String>, String> {
    let mut toks = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '#' {
            break;
        } else if c == '"' {
            let mut s = String::from('"');
            chars.next();
            loop {
                match chars.next() {
                    Some('\\') => {
                        s.push('\\');
                        s.push(chars.next().ok_or("unterminated string")?);
                    }
                    Some('"') => break,
                    Some(c) => s.push(c),
                    None => return Err("unterminated string".into()),
                }
            }
            s.push('"');
            toks.push(s);
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                s.push(c);
                chars.next();
            }
            toks.push(s);
        }
    }
    Ok(toks)
}
