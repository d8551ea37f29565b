//! Owns turning one REPL input into a `package main` source file: splitting
//! the input into top-level chunks (imports, declarations, statements) with
//! the lexer, adding automatic imports, laying the chunks out so that every
//! line keeps its line number (statements inside the entry function on the
//! input's own lines, declarations after it), and mapping the file's spans
//! and lines back into the input.
//! Must not know how the file is checked or run.

use minigo_grammar::token::Token;
use minigo_grammar::{Diagnostic, Span};

/// What a top-level chunk of an input is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ChunkKind {
    Import,
    /// `func`, `type`, `const`, `var` declarations (package level).
    Decl,
    Stmt,
}

/// One top-level chunk: a byte range of the input.
#[derive(Clone, Debug)]
pub struct Chunk {
    pub kind: ChunkKind,
    pub start: usize,
    pub end: usize,
    /// A statement `a, b := …` at the top level: the offset of its `:=`.
    pub define_at: Option<usize>,
}

/// Splits `input` at its top-level semicolons (written or inserted).
pub fn split(input: &str) -> Vec<Chunk> {
    let (tokens, _) = minigo_grammar::tokenize(input);
    let mut chunks = Vec::new();
    let mut depth = 0i32;
    let mut first: Option<usize> = None;
    // Inside the header of `for`/`if`/`switch`/`select` (before its `{`), semicolons do not split.
    let mut in_header = false;
    for (i, (tok, _)) in tokens.iter().enumerate() {
        match tok {
            Token::LParen | Token::LBrack | Token::LBrace => {
                if depth == 0 && matches!(tok, Token::LBrace) {
                    in_header = false;
                }
                depth += 1
            }
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            Token::For | Token::If | Token::Switch | Token::Select if first.is_none() => in_header = true,
            _ => {}
        }
        if matches!(tok, Token::Semi(_)) && depth <= 0 && !in_header {
            if let Some(f) = first.take() {
                chunks.push(chunk(input, &tokens[f..i]));
            }
            continue;
        }
        if first.is_none() {
            first = Some(i);
        }
    }
    if let Some(f) = first {
        chunks.push(chunk(input, &tokens[f..]));
    }
    chunks
}

fn chunk(_input: &str, toks: &[(Token, Span)]) -> Chunk {
    let start = toks[0].1.start as usize;
    let end = toks.last().map_or(start, |t| t.1.end as usize);
    let kind = match &toks[0].0 {
        Token::Import => ChunkKind::Import,
        Token::Type | Token::Const | Token::Var => ChunkKind::Decl,
        Token::Func => match toks.get(1).map(|t| &t.0) {
            Some(Token::Ident(_)) => ChunkKind::Decl,
            // `func (r T) M()` is a method; `func() {…}()` a statement.
            Some(Token::LParen) => {
                let close = matching_paren(toks, 1);
                match close.and_then(|c| toks.get(c + 1)).map(|t| &t.0) {
                    Some(Token::Ident(_)) => ChunkKind::Decl,
                    _ => ChunkKind::Stmt,
                }
            }
            _ => ChunkKind::Stmt,
        },
        _ => ChunkKind::Stmt,
    };
    let define_at = if kind == ChunkKind::Stmt && matches!(toks[0].0, Token::Ident(_)) {
        let mut depth = 0;
        toks.iter().find_map(|(t, s)| {
            match t {
                Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
                Token::Define if depth == 0 => return Some(s.start as usize),
                _ => {}
            }
            None
        })
    } else {
        None
    };
    Chunk { kind, start, end, define_at }
}

fn matching_paren(toks: &[(Token, Span)], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, (t, _)) in toks.iter().enumerate().skip(open) {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A statement's parts between its top-level commas, when it has some.
pub fn split_list(stmt: &str) -> Option<Vec<&str>> {
    let (tokens, _) = minigo_grammar::tokenize(stmt);
    let mut depth = 0i32;
    let mut parts = Vec::new();
    let mut start = 0;
    for (t, s) in &tokens {
        match t {
            Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            Token::Comma if depth == 0 => {
                parts.push(stmt[start..s.start as usize].trim());
                start = s.end as usize;
            }
            _ => {}
        }
    }
    parts.push(stmt[start..].trim());
    (parts.len() >= 2 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// More lines are needed: a bracket, brace or raw string is open, or the
/// text ends where Go inserts no semicolon (after `+`, `,`, `.`, `:=` …).
pub fn needs_more(text: &str) -> bool {
    if minigo_grammar::is_incomplete(text) {
        return true;
    }
    let (tokens, _) = minigo_grammar::tokenize(text);
    tokens.last().is_some_and(|(t, _)| !matches!(t, Token::Semi(_)))
}

/// The stdlib packages an input uses by name without importing them: each
/// `name.` whose `name` is a stdlib package's name and not `bound`.
pub fn auto_imports(input: &str, bound: &dyn Fn(&str) -> bool) -> Vec<&'static str> {
    let (tokens, _) = minigo_grammar::tokenize(input);
    let mut out: Vec<&'static str> = Vec::new();
    for w in tokens.windows(2) {
        let (Token::Ident(name), Token::Dot) = (&w[0].0, &w[1].0) else { continue };
        let Some(path) = minigo_stdlib::api::package_paths().iter().find(|p| p.rsplit('/').next() == Some(name.as_str())) else { continue };
        let declared_here = tokens.windows(2).any(|d| matches!((&d[0].0, &d[1].0), (Token::Ident(n), Token::Define) if n == name));
        if !bound(name) && !declared_here && !out.contains(path) {
            out.push(path);
        }
    }
    out
}

/// The entry function's name for input number `n`.
pub fn entry_name(n: usize) -> String {
    format!("__minigo_input{n}")
}

/// A `package main` file made from one input.
pub struct Synthesized {
    pub source: String,
    /// Byte length of the one-line prefix (package clause, imports, entry header).
    prefix: usize,
    /// Start of the declarations region (after the entry function).
    decls_at: usize,
    /// Number of lines of the input.
    input_lines: u32,
    input_len: usize,
    /// Where the rewritten expression of an echo starts, and how much was inserted before it.
    echo_shift: Option<(usize, usize)>,
}

/// How the expression statement of an input is echoed: its value types as
/// `%T` prints them (empty: a call without results, nothing is echoed).
pub struct Echo<'a> {
    pub chunk: &'a Chunk,
    pub types: &'a [String],
}

/// Lays out the file: `package main;import …;func ENTRY() {` on line 1
/// followed by the statement chunks at their own offsets (other chunks
/// blanked, newlines kept), `}`, then the declaration chunks likewise.
/// `imports` are `import …` clauses without newlines.
pub fn synthesize(input: &str, chunks: &[Chunk], imports: &[String], entry: &str, echo: Option<Echo>) -> Synthesized {
    let has_stmts = chunks.iter().any(|c| c.kind == ChunkKind::Stmt);
    let mut prefix = String::from("package main;");
    for imp in imports {
        prefix.push_str(imp);
        prefix.push(';');
    }
    if echo.is_some() {
        prefix.push_str("import __minigo_fmt \"fmt\";");
    }
    if has_stmts {
        prefix.push_str(&format!("func {entry}() {{"));
    }
    let mut source = prefix.clone();
    let mut echo_shift = None;
    let stmts = keep_only(input, chunks, ChunkKind::Stmt);
    match echo {
        Some(Echo { chunk, types }) if !types.is_empty() => {
            let vars: Vec<String> = (0..types.len()).map(|i| format!("__minigo_v{i}")).collect();
            let head = format!("{{{} := ", vars.join(", "));
            let verbs = vec!["%v"; types.len()].join(", ");
            let tail = format!("; __minigo_fmt.Printf(\"{verbs} // {}\\n\", {})}}", types.join(", ").replace('"', "\\\""), vars.join(", "));
            source.push_str(&stmts[..chunk.start]);
            echo_shift = Some((prefix.len() + chunk.start, head.len()));
            source.push_str(&head);
            source.push_str(&stmts[chunk.start..chunk.end]);
            source.push_str(&tail);
            source.push_str(&stmts[chunk.end..]);
        }
        _ => source.push_str(&stmts),
    }
    source.push_str(if has_stmts { "\n}\n" } else { "\n \n" });
    let decls_at = source.len();
    source.push_str(&keep_only(input, chunks, ChunkKind::Decl));
    source.push('\n');
    let input_lines = input.matches('\n').count() as u32 + 1;
    Synthesized { source, prefix: prefix.len(), decls_at, input_lines, input_len: input.len(), echo_shift }
}

/// `input` with every chunk not of `kind` replaced by spaces (newlines kept).
fn keep_only(input: &str, chunks: &[Chunk], kind: ChunkKind) -> String {
    let mut out: Vec<u8> = input.as_bytes().iter().map(|&b| if b == b'\n' { b'\n' } else { b' ' }).collect();
    for c in chunks.iter().filter(|c| c.kind == kind) {
        out[c.start..c.end].copy_from_slice(&input.as_bytes()[c.start..c.end]);
        // Keeps the chunk apart from the next one on the same line.
        if c.end < input.len() && input.as_bytes()[c.end].is_ascii() && input.as_bytes()[c.end] != b'\n' {
            out[c.end] = b';';
        }
    }
    // Blanking whole chunks keeps UTF-8 valid: chunks start and end at token boundaries.
    String::from_utf8(out).unwrap_or_default()
}

impl Synthesized {
    /// Parses the file; lines are numbered as the input's (messages that
    /// name a line name the input's).
    pub fn parse(&self) -> (minigo_grammar::ast::File, Vec<Diagnostic>) {
        let (mut file, diags) = minigo_grammar::parse_file(&self.source);
        file.lines.renumber_from(self.decls_at as u32, 1);
        (file, diags)
    }

    /// The input offset a file offset comes from.
    fn input_offset(&self, offset: usize) -> usize {
        let o = if offset >= self.decls_at {
            offset - self.decls_at
        } else if offset >= self.prefix {
            let mut o = offset - self.prefix;
            if let Some((at, shift)) = self.echo_shift {
                if offset >= at + shift {
                    o -= shift;
                } else if offset >= at {
                    o = at - self.prefix;
                }
            }
            o
        } else {
            0
        };
        o.min(self.input_len)
    }

    /// A diagnostic of the file, pointing into the input instead.
    pub fn map_diagnostic(&self, mut d: Diagnostic) -> Diagnostic {
        d.span = self.map_span(d.span);
        for l in &mut d.labels {
            l.span = self.map_span(l.span);
        }
        d
    }

    fn map_span(&self, s: Span) -> Span {
        let start = self.input_offset(s.start as usize);
        let end = self.input_offset(s.end as usize).max(start);
        Span::new(start, end)
    }

    /// An input line for a line of the file (line tables of compiled code).
    pub fn input_line(&self, line: u32) -> u32 {
        let entry_end = self.input_lines + 1;
        if line == 0 {
            0
        } else if line > entry_end {
            line - entry_end
        } else {
            line.min(self.input_lines)
        }
    }
}
