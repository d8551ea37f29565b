//! Counts syntax-node kinds in a minigo AST with the same keys as
//! `ast_counts.go` prints for Go's own `go/ast`: comparing the two catches a
//! file that parses but into the wrong tree (precedence, literal kinds,
//! statement forms). Shared by `tests/gosrc.rs` only.

use std::collections::BTreeMap;

use minigo_grammar::ast::*;

#[derive(Default)]
pub struct Counts(pub BTreeMap<String, usize>, u64);

/// FNV-1a, 64 bits (Go's `hash/fnv` New64a).
fn fnv64a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

impl Counts {
    fn add(&mut self, key: impl Into<String>) {
        *self.0.entry(key.into()).or_default() += 1;
    }

    /// Adds a literal's kind and decoded value to the order-independent hash.
    fn literal(&mut self, kind: &str, value: &[u8]) {
        self.add(format!("Lit:{kind}"));
        let mut bytes = format!("{kind}:").into_bytes();
        bytes.extend_from_slice(value);
        self.1 = self.1.wrapping_add(fnv64a(&bytes));
    }

    pub fn render(&self) -> String {
        let mut parts: Vec<String> = self.0.iter().map(|(k, c)| format!("{k}={c}")).collect();
        parts.push(format!("LitHash={}", self.1));
        parts.join(" ")
    }

    pub fn file(file: &File) -> Counts {
        let mut c = Counts::default();
        for decl in &file.decls {
            c.decl(decl);
        }
        c
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Const(specs) => specs.iter().for_each(|s| {
                s.ty.iter().for_each(|t| self.expr(t));
                s.values.iter().for_each(|v| self.expr(v));
            }),
            Decl::Var(specs) => specs.iter().for_each(|s| {
                s.ty.iter().for_each(|t| self.expr(t));
                s.values.iter().for_each(|v| self.expr(v));
            }),
            Decl::Type(specs) => specs.iter().for_each(|s| {
                s.type_params.iter().for_each(|g| self.expr(&g.constraint));
                self.expr(&s.ty);
            }),
            Decl::Func(f) => {
                self.add("FuncDecl");
                f.type_params.iter().for_each(|g| self.expr(&g.constraint));
                f.recv.iter().for_each(|r| self.expr(&r.ty));
                self.sig(&f.sig);
                f.body.iter().for_each(|b| self.block(b));
            }
        }
    }

    fn sig(&mut self, sig: &FuncType) {
        sig.params.iter().chain(&sig.results).for_each(|p| self.expr(&p.ty));
    }

    fn block(&mut self, b: &Block) {
        b.stmts.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => {
                self.add("Labeled");
                self.stmt(stmt);
            }
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => {
                match &s.kind {
                    StmtKind::Go(_) => self.add("Go"),
                    StmtKind::Defer(_) => self.add("Defer"),
                    _ => {}
                }
                self.expr(x);
            }
            StmtKind::Send { ch, value } => {
                self.add("Send");
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, inc } => {
                self.add(if *inc { "IncDec:++" } else { "IncDec:--" });
                self.expr(x);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.add(format!("Assign:{}=", op.map_or("", |o| o.as_str())));
                lhs.iter().chain(rhs).for_each(|x| self.expr(x));
            }
            StmtKind::Define { values, .. } => {
                self.add("Assign::=");
                values.iter().for_each(|x| self.expr(x));
            }
            StmtKind::Return(xs) => {
                self.add(format!("Return:{}", xs.len()));
                xs.iter().for_each(|x| self.expr(x));
            }
            StmtKind::Break(_) => self.add("Branch:break"),
            StmtKind::Continue(_) => self.add("Branch:continue"),
            StmtKind::Goto(_) => self.add("Branch:goto"),
            StmtKind::Fallthrough => self.add("Branch:fallthrough"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.add("If");
                init.iter().for_each(|s| self.stmt(s));
                self.expr(cond);
                self.block(then);
                els.iter().for_each(|s| self.stmt(s));
            }
            StmtKind::Switch { init, tag, cases } => {
                self.add("Switch");
                init.iter().for_each(|s| self.stmt(s));
                tag.iter().for_each(|t| self.expr(t));
                for c in cases {
                    self.add(format!("Case:{}", c.exprs.as_ref().map_or(0, Vec::len)));
                    c.exprs.iter().flatten().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                self.add("TypeSwitch");
                self.add("TypeAssert");
                init.iter().for_each(|s| self.stmt(s));
                self.expr(x);
                for c in cases {
                    self.add(format!("Case:{}", c.types.as_ref().map_or(0, Vec::len)));
                    c.types.iter().flatten().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select(clauses) => {
                self.add("Select");
                for c in clauses {
                    self.add("Comm");
                    c.comm.iter().for_each(|s| self.stmt(s));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.add("For");
                init.iter().for_each(|s| self.stmt(s));
                cond.iter().for_each(|x| self.expr(x));
                post.iter().for_each(|s| self.stmt(s));
                self.block(body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                self.add("Range");
                key.iter().chain(value).for_each(|k| self.expr(k));
                self.expr(x);
                self.block(body);
            }
            StmtKind::Empty => {}
        }
    }

    fn expr(&mut self, x: &Expr) {
        let binary_op = |e: &Expr| match &e.kind {
            ExprKind::Binary(op, ..) => op.as_str(),
            _ => "-",
        };
        match &x.kind {
            ExprKind::Ident(_) | ExprKind::Bad => {}
            ExprKind::IntLit(text) => self.literal("INT", text.as_bytes()),
            ExprKind::FloatLit(text) => self.literal("FLOAT", text.as_bytes()),
            ExprKind::RuneLit(c) => self.literal("CHAR", c.to_string().as_bytes()),
            ExprKind::StringLit(bytes) => self.literal("STRING", bytes),
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.add("CompositeLit");
                ty.iter().for_each(|t| self.expr(t));
                for e in elems {
                    if let Some(k) = &e.key {
                        self.add("KeyValue");
                        self.expr(k);
                    }
                    self.expr(&e.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.add("FuncLit");
                self.sig(sig);
                self.block(body);
            }
            ExprKind::Paren(inner) => {
                self.add("Paren");
                self.expr(inner);
            }
            ExprKind::Selector(inner, _) => {
                self.add("Selector");
                self.expr(inner);
            }
            ExprKind::Index(a, i) => {
                self.add("Index");
                self.expr(a);
                self.expr(i);
            }
            // go/ast's IndexListExpr has no key of its own.
            ExprKind::IndexList(a, args) => {
                self.expr(a);
                args.iter().for_each(|x| self.expr(x));
            }
            ExprKind::Tilde(inner) => {
                self.add("Unary:~");
                self.expr(inner);
            }
            // go/ast: a left-nested chain of `|` binary expressions.
            ExprKind::Union(terms) => {
                for (i, t) in terms.iter().enumerate().skip(1) {
                    let left = if i > 1 { "|" } else { binary_op(&terms[0]) };
                    self.add(format!("Binary:|({left},{})", binary_op(t)));
                }
                terms.iter().for_each(|t| self.expr(t));
            }
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.add(format!("Slice:{three}"));
                self.expr(x);
                [lo, hi, max].into_iter().flatten().for_each(|e| self.expr(e));
            }
            ExprKind::TypeAssert(inner, ty) => {
                self.add("TypeAssert");
                self.expr(inner);
                ty.iter().for_each(|t| self.expr(t));
            }
            ExprKind::Call { func, args, .. } => {
                self.add("Call");
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Star(inner) => {
                self.add("Star");
                self.expr(inner);
            }
            ExprKind::Unary(op, inner) => {
                self.add(format!("Unary:{}", op.as_str()));
                self.expr(inner);
            }
            ExprKind::Binary(op, a, b) => {
                self.add(format!("Binary:{}({},{})", op.as_str(), binary_op(a), binary_op(b)));
                self.expr(a);
                self.expr(b);
            }
            ExprKind::ArrayType { len, elem } => {
                self.add("ArrayType");
                len.iter().for_each(|l| self.expr(l));
                self.expr(elem);
            }
            ExprKind::SliceType(elem) => {
                self.add("SliceType");
                self.expr(elem);
            }
            ExprKind::MapType(k, v) => {
                self.add("MapType");
                self.expr(k);
                self.expr(v);
            }
            ExprKind::ChanType(dir, elem) => {
                let code = match dir {
                    ChanDir::Send => 1,
                    ChanDir::Recv => 2,
                    ChanDir::Both => 3,
                };
                self.add(format!("ChanType:{code}"));
                self.expr(elem);
            }
            ExprKind::FuncType(sig) => self.sig(sig),
            ExprKind::StructType(fields) => {
                self.add("StructType");
                fields.iter().for_each(|f| self.expr(&f.ty));
            }
            ExprKind::InterfaceType(elems) => {
                self.add("InterfaceType");
                for e in elems {
                    match e {
                        InterfaceElem::Method { sig, .. } => self.sig(sig),
                        InterfaceElem::Embed(t) | InterfaceElem::TypeSet(t) => self.expr(t),
                    }
                }
            }
        }
    }
}
