//! Owns the readable renderings of the AST: `dump`, an indented tree (one
//! node per line) for snapshots, and `expr_source`/`stmt_source`, Go-like
//! source text of a node for diagnostics (`cannot use x := 1 as value`).
//! Must not know types or how the tree was parsed.

use std::fmt::Write;

use crate::ast::*;
use crate::token::quote_bytes;

/// An indented tree of `file`, one node per line, no spans or ids.
pub fn dump(file: &File) -> String {
    let mut d = Dumper { out: String::new(), depth: 0 };
    d.line(&format!("package {}", file.package.name));
    for import in &file.imports {
        match &import.name {
            Some(name) => d.line(&format!("import {} {:?}", name.name, import.path)),
            None => d.line(&format!("import {:?}", import.path)),
        }
    }
    for decl in &file.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper {
    out: String,
    depth: usize,
}

impl Dumper {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn nested(&mut self, head: &str, body: impl FnOnce(&mut Self)) {
        self.line(head);
        self.depth += 1;
        body(self);
        self.depth -= 1;
    }

    fn names(names: &[Ident]) -> String {
        names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Const(specs) => self.nested("Const", |d| {
                for spec in specs {
                    d.nested(&format!("Spec {} iota={}", Self::names(&spec.names), spec.iota), |d| {
                        d.opt_expr("type", spec.ty.as_ref());
                        d.exprs("values", &spec.values);
                    });
                }
            }),
            Decl::Var(specs) => self.nested("Var", |d| {
                for spec in specs {
                    d.nested(&format!("Spec {}", Self::names(&spec.names)), |d| {
                        d.opt_expr("type", spec.ty.as_ref());
                        d.exprs("values", &spec.values);
                    });
                }
            }),
            Decl::Type(specs) => self.nested("Type", |d| {
                for spec in specs {
                    let head = if spec.alias { "Alias" } else { "Spec" };
                    d.nested(&format!("{head} {}", spec.name.name), |d| {
                        d.type_params(&spec.type_params);
                        d.expr(&spec.ty);
                    });
                }
            }),
            Decl::Func(f) => {
                let mut head = format!("Func {}", f.name.name);
                if f.body.is_none() {
                    head.push_str(" (no body)");
                }
                self.nested(&head, |d| {
                    if let Some(doc) = &f.doc {
                        d.line(&format!("doc {doc:?}"));
                    }
                    if let Some(recv) = &f.recv {
                        d.nested("recv", |d| d.param(recv));
                    }
                    d.type_params(&f.type_params);
                    d.signature(&f.sig);
                    if let Some(body) = &f.body {
                        d.block("body", body);
                    }
                });
            }
        }
    }

    fn type_params(&mut self, groups: &[TypeParamGroup]) {
        if !groups.is_empty() {
            self.nested("type params", |d| {
                for g in groups {
                    d.nested(&format!("TypeParam {}", Self::names(&g.names)), |d| d.expr(&g.constraint));
                }
            });
        }
    }

    fn signature(&mut self, sig: &FuncType) {
        if !sig.params.is_empty() {
            self.nested("params", |d| sig.params.iter().for_each(|p| d.param(p)));
        }
        if !sig.results.is_empty() {
            self.nested("results", |d| sig.results.iter().for_each(|p| d.param(p)));
        }
    }

    fn param(&mut self, p: &ParamGroup) {
        let mut head = if p.names.is_empty() { "Param".to_string() } else { format!("Param {}", Self::names(&p.names)) };
        if p.variadic {
            head.push_str(" ...");
        }
        self.nested(&head, |d| d.expr(&p.ty));
    }

    fn opt_expr(&mut self, label: &str, x: Option<&Expr>) {
        if let Some(x) = x {
            self.nested(label, |d| d.expr(x));
        }
    }

    fn exprs(&mut self, label: &str, xs: &[Expr]) {
        if !xs.is_empty() {
            self.nested(label, |d| xs.iter().for_each(|x| d.expr(x)));
        }
    }

    fn expr(&mut self, x: &Expr) {
        use ExprKind::*;
        match &x.kind {
            Ident(name) => self.line(&format!("Ident {name}")),
            IntLit(t) => self.line(&format!("Int {t}")),
            FloatLit(t) => self.line(&format!("Float {t}")),
            RuneLit(c) => self.line(&format!("Rune {c}")),
            StringLit(b) => self.line(&format!("String {}", quote_bytes(b))),
            CompositeLit { ty, elems, .. } => self.nested("CompositeLit", |d| {
                match ty {
                    Some(t) => d.nested("type", |d| d.expr(t)),
                    None => d.line("type (elided)"),
                }
                for e in elems {
                    match &e.key {
                        Some(k) => d.nested("KeyValue", |d| {
                            d.expr(k);
                            d.expr(&e.value);
                        }),
                        None => d.expr(&e.value),
                    }
                }
            }),
            FuncLit { sig, body } => self.nested("FuncLit", |d| {
                d.signature(sig);
                d.block("body", body);
            }),
            Paren(inner) => self.nested("Paren", |d| d.expr(inner)),
            Selector(inner, sel) => self.nested(&format!("Selector .{}", sel.name), |d| d.expr(inner)),
            Index(a, i) => self.nested("Index", |d| {
                d.expr(a);
                d.expr(i);
            }),
            IndexList(a, args) => self.nested("IndexList", |d| {
                d.expr(a);
                args.iter().for_each(|x| d.expr(x));
            }),
            Tilde(inner) => self.nested("Tilde", |d| d.expr(inner)),
            Union(terms) => self.nested("Union", |d| terms.iter().for_each(|x| d.expr(x))),
            Slice { x, lo, hi, max, three } => self.nested(if *three { "Slice3" } else { "Slice" }, |d| {
                d.expr(x);
                d.opt_expr("lo", lo.as_deref());
                d.opt_expr("hi", hi.as_deref());
                d.opt_expr("max", max.as_deref());
            }),
            TypeAssert(inner, ty) => self.nested("TypeAssert", |d| {
                d.expr(inner);
                match ty {
                    Some(t) => d.expr(t),
                    None => d.line("type"),
                }
            }),
            Call { func, args, ellipsis } => self.nested(if ellipsis.is_some() { "Call ..." } else { "Call" }, |d| {
                d.expr(func);
                args.iter().for_each(|a| d.expr(a));
            }),
            Star(inner) => self.nested("Star", |d| d.expr(inner)),
            Unary(op, inner) => self.nested(&format!("Unary {}", op.as_str()), |d| d.expr(inner)),
            Binary(op, a, b) => self.nested(&format!("Binary {}", op.as_str()), |d| {
                d.expr(a);
                d.expr(b);
            }),
            ArrayType { len, elem } => self.nested("ArrayType", |d| {
                match len {
                    Some(l) => d.expr(l),
                    None => d.line("..."),
                }
                d.expr(elem);
            }),
            SliceType(elem) => self.nested("SliceType", |d| d.expr(elem)),
            MapType(k, v) => self.nested("MapType", |d| {
                d.expr(k);
                d.expr(v);
            }),
            ChanType(dir, elem) => {
                let head = match dir {
                    ChanDir::Both => "ChanType",
                    ChanDir::Send => "ChanType send",
                    ChanDir::Recv => "ChanType recv",
                };
                self.nested(head, |d| d.expr(elem));
            }
            FuncType(sig) => self.nested("FuncType", |d| d.signature(sig)),
            StructType(fields) => self.nested("StructType", |d| {
                for f in fields {
                    let mut head = if f.names.is_empty() { "Embedded".to_string() } else { format!("Field {}", Self::names(&f.names)) };
                    if let Some(tag) = &f.tag {
                        write!(head, " tag={tag:?}").ok();
                    }
                    d.nested(&head, |d| d.expr(&f.ty));
                }
            }),
            InterfaceType(elems) => self.nested("InterfaceType", |d| {
                for e in elems {
                    match e {
                        InterfaceElem::Method { name, sig } => d.nested(&format!("Method {}", name.name), |d| d.signature(sig)),
                        InterfaceElem::Embed(t) => d.nested("Embed", |d| d.expr(t)),
                        InterfaceElem::TypeSet(t) => d.nested("TypeSet", |d| d.expr(t)),
                    }
                }
            }),
            Bad => self.line("Bad"),
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.nested(label, |d| b.stmts.iter().for_each(|s| d.stmt(s)));
    }

    fn stmts(&mut self, label: &str, stmts: &[Stmt]) {
        self.nested(label, |d| stmts.iter().for_each(|s| d.stmt(s)));
    }

    fn opt_stmt(&mut self, label: &str, s: Option<&Stmt>) {
        if let Some(s) = s {
            self.nested(label, |d| d.stmt(s));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        use StmtKind::*;
        match &s.kind {
            Decl(decl) => self.decl(decl),
            Labeled { label, stmt } => self.nested(&format!("Labeled {}", label.name), |d| d.stmt(stmt)),
            Expr(x) => self.nested("ExprStmt", |d| d.expr(x)),
            Send { ch, value } => self.nested("Send", |d| {
                d.expr(ch);
                d.expr(value);
            }),
            IncDec { x, inc } => self.nested(if *inc { "Inc" } else { "Dec" }, |d| d.expr(x)),
            Assign { lhs, op, rhs } => {
                let head = match op {
                    Some(op) => format!("Assign {}=", op.as_str()),
                    None => "Assign =".to_string(),
                };
                self.nested(&head, |d| {
                    d.exprs("lhs", lhs);
                    d.exprs("rhs", rhs);
                });
            }
            Define { names, values } => self.nested(&format!("Define {}", Self::names(names)), |d| values.iter().for_each(|v| d.expr(v))),
            Go(x) => self.nested("Go", |d| d.expr(x)),
            Defer(x) => self.nested("Defer", |d| d.expr(x)),
            Return(xs) => self.nested("Return", |d| xs.iter().for_each(|x| d.expr(x))),
            Break(label) => self.line(&format!("Break{}", label.as_ref().map(|l| format!(" {}", l.name)).unwrap_or_default())),
            Continue(label) => self.line(&format!("Continue{}", label.as_ref().map(|l| format!(" {}", l.name)).unwrap_or_default())),
            Goto(label) => self.line(&format!("Goto {}", label.name)),
            Fallthrough => self.line("Fallthrough"),
            Block(b) => self.block("Block", b),
            If { init, cond, then, els } => self.nested("If", |d| {
                d.opt_stmt("init", init.as_deref());
                d.nested("cond", |d| d.expr(cond));
                d.block("then", then);
                d.opt_stmt("else", els.as_deref());
            }),
            Switch { init, tag, cases } => self.nested("Switch", |d| {
                d.opt_stmt("init", init.as_deref());
                d.opt_expr("tag", tag.as_ref());
                for c in cases {
                    match &c.exprs {
                        Some(xs) => d.nested("Case", |d| {
                            d.exprs("exprs", xs);
                            d.stmts("body", &c.body);
                        }),
                        None => d.stmts("Default", &c.body),
                    }
                }
            }),
            TypeSwitch { init, bind, x, cases } => {
                let head = match bind {
                    Some(b) => format!("TypeSwitch {} :=", b.name),
                    None => "TypeSwitch".to_string(),
                };
                self.nested(&head, |d| {
                    d.opt_stmt("init", init.as_deref());
                    d.nested("x", |d| d.expr(x));
                    for c in cases {
                        match &c.types {
                            Some(ts) => d.nested("Case", |d| {
                                d.exprs("types", ts);
                                d.stmts("body", &c.body);
                            }),
                            None => d.stmts("Default", &c.body),
                        }
                    }
                });
            }
            Select(clauses) => self.nested("Select", |d| {
                for c in clauses {
                    match &c.comm {
                        Some(comm) => d.nested("Case", |d| {
                            d.nested("comm", |d| d.stmt(comm));
                            d.stmts("body", &c.body);
                        }),
                        None => d.stmts("Default", &c.body),
                    }
                }
            }),
            For { init, cond, post, body } => self.nested("For", |d| {
                d.opt_stmt("init", init.as_deref());
                d.opt_expr("cond", cond.as_ref());
                d.opt_stmt("post", post.as_deref());
                d.block("body", body);
            }),
            Range { key, value, define, x, body } => self.nested(if *define { "Range :=" } else { "Range" }, |d| {
                d.opt_expr("key", key.as_ref());
                d.opt_expr("value", value.as_ref());
                d.nested("x", |d| d.expr(x));
                d.block("body", body);
            }),
            Empty => self.line("Empty"),
        }
    }
}

/// Go-like source text of an expression (for messages).
pub fn expr_source(x: &Expr) -> String {
    use ExprKind::*;
    match &x.kind {
        Ident(n) => n.clone(),
        IntLit(t) | FloatLit(t) => t.clone(),
        RuneLit(c) => crate::token::quote_rune(*c),
        StringLit(b) => quote_bytes(b),
        CompositeLit { ty: Some(t), .. } => format!("{}{{…}}", expr_source(t)),
        CompositeLit { ty: None, .. } => "{…}".to_string(),
        FuncLit { .. } => "func literal".to_string(),
        Paren(inner) => format!("({})", expr_source(inner)),
        Selector(inner, sel) => format!("{}.{}", expr_source(inner), sel.name),
        Index(a, i) => format!("{}[{}]", expr_source(a), expr_source(i)),
        IndexList(a, args) => format!("{}[{}]", expr_source(a), args.iter().map(expr_source).collect::<Vec<_>>().join(", ")),
        Tilde(inner) => format!("~{}", expr_source(inner)),
        Union(terms) => terms.iter().map(expr_source).collect::<Vec<_>>().join(" | "),
        Slice { x, lo, hi, max, three } => {
            let part = |e: &Option<Box<Expr>>| e.as_deref().map(expr_source).unwrap_or_default();
            if *three {
                format!("{}[{}:{}:{}]", expr_source(x), part(lo), part(hi), part(max))
            } else {
                format!("{}[{}:{}]", expr_source(x), part(lo), part(hi))
            }
        }
        TypeAssert(inner, Some(t)) => format!("{}.({})", expr_source(inner), expr_source(t)),
        TypeAssert(inner, None) => format!("{}.(type)", expr_source(inner)),
        Call { func, args, ellipsis } => {
            let args: Vec<String> = args.iter().map(expr_source).collect();
            let dots = if ellipsis.is_some() { "..." } else { "" };
            format!("{}({}{dots})", expr_source(func), args.join(", "))
        }
        Star(inner) => format!("*{}", expr_source(inner)),
        Unary(op, inner) => format!("{}{}", op.as_str(), expr_source(inner)),
        Binary(op, a, b) => format!("{} {} {}", expr_source(a), op.as_str(), expr_source(b)),
        ArrayType { len: Some(l), elem } => format!("[{}]{}", expr_source(l), expr_source(elem)),
        ArrayType { len: None, elem } => format!("[...]{}", expr_source(elem)),
        SliceType(elem) => format!("[]{}", expr_source(elem)),
        MapType(k, v) => format!("map[{}]{}", expr_source(k), expr_source(v)),
        ChanType(ChanDir::Both, e) => format!("chan {}", expr_source(e)),
        ChanType(ChanDir::Send, e) => format!("chan<- {}", expr_source(e)),
        ChanType(ChanDir::Recv, e) => format!("<-chan {}", expr_source(e)),
        FuncType(_) => "func(…)".to_string(),
        StructType(_) => "struct{…}".to_string(),
        InterfaceType(elems) if elems.is_empty() => "interface{}".to_string(),
        InterfaceType(_) => "interface{…}".to_string(),
        Bad => "BadExpr".to_string(),
    }
}

fn list_source(xs: &[Expr]) -> String {
    xs.iter().map(expr_source).collect::<Vec<_>>().join(", ")
}

/// Go-like source text of a simple statement (for messages).
pub fn stmt_source(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(x) => expr_source(x),
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_source(ch), expr_source(value)),
        StmtKind::IncDec { x, inc } => format!("{}{}", expr_source(x), if *inc { "++" } else { "--" }),
        StmtKind::Assign { lhs, op, rhs } => {
            let op = op.map(|o| format!("{}=", o.as_str())).unwrap_or_else(|| "=".into());
            format!("{} {op} {}", list_source(lhs), list_source(rhs))
        }
        StmtKind::Define { names, values } => {
            let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
            format!("{} := {}", names.join(", "), list_source(values))
        }
        _ => "statement".to_string(),
    }
}
