//! Owns the session as one Go program (`:print`, `:write`): the imports it
//! uses, the latest declaration of each name, the variables inputs declared
//! with `:=` as package-level `var`s (so `x := 1` becomes `x = 1` and Go's
//! "declared and not used" cannot apply), and the statements of every input
//! in order inside `func main()`; an echoed expression becomes
//! `fmt.Println(expr)`.
//! Must not know how inputs are compiled or run.

use super::input::{Chunk, ChunkKind};
use minigo_compiler::session::Session;
use minigo_grammar::token::Token;

/// What the session's inputs contributed to its program.
#[derive(Default)]
pub struct SessionLog {
    /// (name, path), latest binding of a name last.
    imports: Vec<(Option<String>, String)>,
    /// Declarations: the names each declares (`T.M` for methods) and its text.
    decls: Vec<(Vec<String>, String)>,
    /// Package-level variables standing for `:=` variables: name, type.
    vars: Vec<(String, String)>,
    /// Statements, in order.
    stmts: Vec<String>,
}

impl SessionLog {
    /// Records one input that ran to its end (`echoed`: its statement whose value was echoed).
    pub fn record(&mut self, text: &str, chunks: &[Chunk], imports: &[(Option<String>, String)], echoed: Option<&Chunk>, session: &Session) {
        for (name, path) in imports {
            let key = import_name(name, path);
            self.imports.retain(|(n, p)| import_name(n, p) != key);
            self.imports.push((name.clone(), path.clone()));
        }
        for c in chunks {
            let chunk = &text[c.start..c.end];
            match c.kind {
                ChunkKind::Import => {}
                ChunkKind::Decl => {
                    let names = declared_names(chunk);
                    // A type declared again starts without the old type's methods.
                    let replaced = |old: &String| names.contains(old) || old.split_once('.').is_some_and(|(t, _)| names.iter().any(|n| n == t));
                    self.decls.retain(|(old, _)| !old.iter().any(replaced));
                    self.decls.push((names, chunk.to_string()));
                }
                ChunkKind::Stmt => match (echoed, c.define_at) {
                    (Some(e), _) if e.start == c.start => {
                        self.ensure_fmt();
                        self.stmts.push(format!("fmt.Println({chunk})"));
                    }
                    (_, Some(at)) => {
                        let lhs = &text[c.start..at];
                        for name in lhs.split(',').map(str::trim).filter(|n| *n != "_") {
                            if self.vars.iter().any(|(n, _)| n == name) {
                                continue;
                            }
                            let ty = session.names().into_iter().find(|s| s.name == name && s.kind == "var").map(|s| s.detail);
                            if let Some(ty) = ty {
                                self.vars.push((name.to_string(), ty));
                            }
                        }
                        self.stmts.push(format!("{}={}", &text[c.start..at], &text[at + 2..c.end]));
                    }
                    _ => self.stmts.push(chunk.to_string()),
                },
            }
        }
    }

    fn ensure_fmt(&mut self) {
        if !self.imports.iter().any(|(n, p)| p == "fmt" && n.is_none()) {
            self.imports.push((None, "fmt".to_string()));
        }
    }

    /// The program: `package main`, the imports it uses, declarations, then `func main()`.
    pub fn program(&self) -> String {
        let mut body = String::new();
        for (_, d) in &self.decls {
            body.push_str(d);
            body.push_str("\n\n");
        }
        for (name, ty) in &self.vars {
            body.push_str(&format!("var {name} {ty}\n"));
        }
        if !self.vars.is_empty() {
            body.push('\n');
        }
        body.push_str("func main() {\n");
        for s in &self.stmts {
            for line in s.lines() {
                body.push('\t');
                body.push_str(line);
                body.push('\n');
            }
        }
        body.push_str("}\n");
        let used = used_qualifiers(&body);
        let imports: Vec<String> = self
            .imports
            .iter()
            .filter(|(n, p)| used.contains(&import_name(n, p)))
            .map(|(n, p)| match n {
                Some(n) => format!("\t{n} {p:?}\n"),
                None => format!("\t{p:?}\n"),
            })
            .collect();
        let mut out = String::from("package main\n\n");
        if !imports.is_empty() {
            out.push_str("import (\n");
            out.extend(imports);
            out.push_str(")\n\n");
        }
        out.push_str(&body);
        out
    }
}

fn import_name(name: &Option<String>, path: &str) -> String {
    name.clone().unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_string())
}

/// Every `x` of an `x.` in `src`.
fn used_qualifiers(src: &str) -> Vec<String> {
    let (tokens, _) = minigo_grammar::tokenize(src);
    tokens
        .windows(2)
        .filter_map(|w| match (&w[0].0, &w[1].0) {
            (Token::Ident(n), Token::Dot) => Some(n.clone()),
            _ => None,
        })
        .collect()
}

/// The names a declaration chunk declares (`T.M` for a method).
fn declared_names(chunk: &str) -> Vec<String> {
    use minigo_grammar::ast::{Decl, ExprKind};
    let (file, _) = minigo_grammar::parse_file(&format!("package main\n{chunk}"));
    let mut out = Vec::new();
    for d in &file.decls {
        match d {
            Decl::Const(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
            Decl::Var(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
            Decl::Type(specs) => out.extend(specs.iter().map(|s| s.name.name.clone())),
            Decl::Func(fd) => match &fd.recv {
                None => out.push(fd.name.name.clone()),
                Some(r) => {
                    let mut t = &r.ty;
                    while let ExprKind::Star(inner) | ExprKind::Paren(inner) = &t.kind {
                        t = inner;
                    }
                    let recv = if let ExprKind::Ident(n) = &t.kind { n.clone() } else { String::new() };
                    out.push(format!("{recv}.{}", fd.name.name));
                }
            },
        }
    }
    out.retain(|n| n != "_");
    out
}
