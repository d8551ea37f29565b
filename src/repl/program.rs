//! Owns the session as one Go program (`:print`, `:write`): the imports it
//! uses, the latest declaration of each name, the variables inputs declared
//! with `:=` as package-level `var`s (so `x := 1` becomes `x = 1` and Go's
//! "declared and not used" cannot apply), and the statements of every input
//! in order inside `func main()`; an echoed expression becomes
//! `fmt.Println(expr)`. Local variables the session let go unused get an
//! `_ = name` (as `minigo check` finds them), so Go accepts the program.
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
                ChunkKind::Decl if self.record_var_decl(chunk, session) => {}
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
                        for name in lhs.split(',').map(str::trim) {
                            self.declare_var(name, session);
                        }
                        self.stmts.push(format!("{}={}", &text[c.start..at], &text[at + 2..c.end]));
                    }
                    _ => self.stmts.push(chunk.to_string()),
                },
            }
        }
    }

    /// Variable `name` (of the session's latest binding) is declared by an
    /// input: it becomes (or stays) a package-level `var` of the program.
    fn declare_var(&mut self, name: &str, session: &Session) {
        if name == "_" {
            return;
        }
        let Some(ty) = session.names().into_iter().find(|s| s.name == name && s.kind == "var").map(|s| s.detail) else { return };
        self.decls.retain(|(old, _)| !old.iter().any(|n| n == name));
        match self.vars.iter().position(|(n, _)| n == name) {
            Some(i) if self.vars[i].1 == ty => return,
            Some(i) => self.rename_var(i),
            None => {}
        }
        self.vars.push((name.to_string(), ty));
    }

    /// A `var` declaration whose every spec has values is recorded like
    /// `:=`: package-level variables assigned in `main` where the input ran
    /// (a package-level initializer would run before `main`, with the
    /// session's other variables still zero). False for other declarations.
    fn record_var_decl(&mut self, chunk: &str, session: &Session) -> bool {
        const PREFIX: &str = "package main\n";
        let (file, diags) = minigo_grammar::parse_file(&format!("{PREFIX}{chunk}"));
        let [minigo_grammar::ast::Decl::Var(specs)] = file.decls.as_slice() else { return false };
        if !diags.is_empty() || specs.iter().any(|s| s.values.is_empty()) {
            return false;
        }
        let at = |o: u32| (o as usize).saturating_sub(PREFIX.len()).min(chunk.len());
        for spec in specs {
            let names: Vec<&str> = spec.names.iter().map(|n| n.name.as_str()).collect();
            for name in &names {
                self.declare_var(name, session);
            }
            let (first, last) = (&spec.values[0], &spec.values[spec.values.len() - 1]);
            self.stmts.push(format!("{} = {}", names.join(", "), &chunk[at(first.span.start)..at(last.span.end)]));
        }
        true
    }

    /// Variable `vars[i]` is declared again with `:=` under another type: in
    /// the program, the earlier variable and every use recorded so far take
    /// a fresh name (`x_1`), the later one keeps the name.
    fn rename_var(&mut self, i: usize) {
        let name = self.vars[i].0.clone();
        let taken = |n: &str| self.vars.iter().any(|(v, _)| v == n) || self.stmts.iter().chain(self.decls.iter().map(|(_, d)| d)).any(|t| !rename_ident(t, n, n).1);
        let fresh = (1..).map(|k| format!("{name}_{k}")).find(|n| !taken(n)).unwrap_or_default();
        self.vars[i].0 = fresh.clone();
        for t in self.stmts.iter_mut().chain(self.decls.iter_mut().map(|(_, d)| d)) {
            *t = rename_ident(t, &name, &fresh).0;
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
        use_unused_vars(out)
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

/// Adds `_ = name` for each local variable Go would reject as declared and
/// not used: after its declaration, or at the start of the body for one
/// declared in an `if`/`for` header.
fn use_unused_vars(mut src: String) -> String {
    // Each round fixes what the checker reports (it stops at 10 errors).
    for _ in 0..10 {
        let unused: Vec<(usize, String)> = crate::check_source(&src).into_iter().filter_map(|d| d.message.strip_prefix("declared and not used: ").map(|n| (d.span.start as usize, n.to_string()))).collect();
        let (tokens, _) = minigo_grammar::tokenize(&src);
        let mut inserts: Vec<(usize, String)> = unused.iter().filter_map(|(at, name)| use_point(&tokens, *at, name)).collect();
        if inserts.is_empty() {
            break;
        }
        inserts.sort_by_key(|i| std::cmp::Reverse(i.0));
        for (at, text) in inserts {
            // `{ w := 1 }` becomes `{ w := 1; _ = w }`.
            if src.as_bytes().get(at) == Some(&b'}') && at > 0 && src.as_bytes()[at - 1] == b' ' {
                src.insert_str(at - 1, &text);
            } else {
                src.insert_str(at, &text);
            }
        }
    }
    src
}

/// Where and what to insert to use the variable declared at offset `at`.
fn use_point(tokens: &[(Token, minigo_grammar::Span)], at: usize, name: &str) -> Option<(usize, String)> {
    let i = tokens.iter().position(|(_, s)| s.start as usize == at)?;
    let mut depth = 0i32;
    let mut in_header = false;
    for (t, _) in tokens[..i].iter().rev() {
        match t {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace if depth == 0 => break,
            Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
            Token::Semi(_) if depth == 0 => break,
            Token::If | Token::For if depth == 0 => {
                in_header = true;
                break;
            }
            // In a `switch` header or a `select` case: left as it is.
            Token::Switch | Token::Case if depth == 0 => return None,
            _ => {}
        }
    }
    let mut depth = 0i32;
    for (j, (t, s)) in tokens.iter().enumerate().skip(i) {
        match t {
            Token::LBrace if depth == 0 && in_header && opens_body(tokens, j) => return Some((s.end as usize, format!(" _ = {name};"))),
            Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
            Token::RBrace if depth == 0 => return Some((s.start as usize, format!("; _ = {name}"))),
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            Token::Semi(_) if depth == 0 && !in_header => return Some((s.start as usize, format!("; _ = {name}"))),
            _ => {}
        }
    }
    None
}

/// Whether the `{` at `tokens[open]` in an `if`/`for` header opens the body
/// rather than a composite literal (`range []int{1} {`): its `}` ends the statement.
fn opens_body(tokens: &[(Token, minigo_grammar::Span)], open: usize) -> bool {
    let mut depth = 0;
    for (k, (t, _)) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::LBrace => depth += 1,
            Token::RBrace => {
                depth -= 1;
                if depth == 0 {
                    return matches!(tokens.get(k + 1).map(|t| &t.0), None | Some(Token::Semi(_) | Token::Else | Token::RBrace | Token::RParen | Token::Comma));
                }
            }
            _ => {}
        }
    }
    false
}

/// `text` with identifier `from` renamed `to` where it names a variable (not
/// after `.`, not as a composite-literal key or struct field name); and
/// whether `from` did not occur at all.
fn rename_ident(text: &str, from: &str, to: &str) -> (String, bool) {
    let (tokens, _) = minigo_grammar::tokenize(text);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut absent = true;
    // Per open brace: whether it opens a struct type's field list.
    let mut braces: Vec<bool> = Vec::new();
    for (i, (t, s)) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &tokens[p].0);
        match t {
            Token::LBrace => braces.push(matches!(prev, Some(Token::Struct))),
            Token::RBrace => {
                braces.pop();
            }
            Token::Ident(n) if n == from => {
                absent = false;
                let field_name = braces.last() == Some(&true) && matches!(prev, Some(Token::LBrace | Token::Semi(_) | Token::Comma));
                let selected = matches!(prev, Some(Token::Dot));
                let key = matches!(tokens.get(i + 1).map(|t| &t.0), Some(Token::Colon));
                if !(field_name || selected || key) {
                    out.push_str(&text[copied..s.start as usize]);
                    out.push_str(to);
                    copied = s.end as usize;
                }
            }
            _ => {}
        }
    }
    out.push_str(&text[copied..]);
    (out, absent)
}
