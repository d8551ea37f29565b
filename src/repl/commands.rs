//! Owns the REPL's `:commands` (abbreviable to any unambiguous prefix; on a
//! tie the first in `COMMANDS` wins, so `:t` is `:type`): help, quit, reset,
//! type, trace, doc, print, write, load, env, disasm.
//! Must not know how inputs are compiled: it goes through `Repl`.

use super::{Next, Repl};
use std::io::Write;

/// Every command: name, argument, what it does.
pub const COMMANDS: &[(&str, &str, &str)] = &[
    ("help", "", "show this table"),
    ("quit", "", "leave the session (also Ctrl-D)"),
    ("reset", "", "forget every name, value and goroutine"),
    ("type", "EXPR", "show the type of an expression (or the variables of `x := EXPR`) without running it"),
    ("trace", "on|off", "trace defer/panic/recover/Goexit events on stderr"),
    ("doc", "NAME", "documentation of a stdlib package or member (fmt, strings.Fields)"),
    ("print", "", "show the session as one Go program"),
    ("write", "FILE", "save the session as a program `minigo run` and `go run` accept"),
    ("load", "FILE", "run a file's declarations and statements as one input"),
    ("env", "", "list the session's names with their types"),
    ("disasm", "NAME", "show the bytecode of a function of the session"),
];

/// Runs one `:command` line.
pub fn run(repl: &mut Repl, line: &str) -> Next {
    let line = line.trim_start_matches(':');
    let (word, arg) = line.split_once(char::is_whitespace).map_or((line, ""), |(w, a)| (w, a.trim()));
    let Some(&(name, _, _)) = COMMANDS.iter().find(|(n, _, _)| !word.is_empty() && n.starts_with(word)) else {
        fail(&format!("unknown command :{word} (:help lists them)"));
        return Next::Continue;
    };
    match name {
        "help" => help(),
        "quit" => return Next::Exit(0),
        "reset" => {
            repl.reset();
            println!("session reset");
        }
        "type" => show_type(repl, arg),
        "trace" => match arg {
            "on" | "off" => {
                repl.trace = arg == "on";
                repl.vm.set_trace_unwind(repl.trace);
                println!("trace {arg}");
            }
            _ => fail("usage: :trace on|off"),
        },
        "doc" => doc(repl, arg),
        "print" => print!("{}", repl.log.program()),
        "write" => write(repl, arg),
        "load" => return load(repl, arg),
        "env" => {
            for n in repl.session.names() {
                println!("{:<8}{} {}", n.kind, n.name, n.detail);
            }
        }
        "disasm" => disasm(repl, arg),
        _ => {}
    }
    Next::Continue
}

fn fail(message: &str) {
    let _ = std::io::stdout().flush();
    eprintln!("{message}");
}

fn help() {
    println!("Go statements, declarations, imports and expressions; an expression's value is shown with its type.");
    for (name, arg, what) in COMMANDS {
        let head = if arg.is_empty() { format!(":{name}") } else { format!(":{name} {arg}") };
        println!("  {head:<16}{what}");
    }
}

/// `:type EXPR`, or `:type a, b := EXPR` (the types the statement gives its variables).
fn show_type(repl: &mut Repl, expr: &str) {
    if expr.is_empty() {
        fail("usage: :type EXPR");
        return;
    }
    let chunks = super::input::split(expr);
    if let [super::input::Chunk { define_at: Some(at), .. }] = chunks.as_slice() {
        let names: Vec<&str> = expr[..*at].split(',').map(str::trim).collect();
        if let Some(types) = expr_types(repl, expr[at + 2..].trim_start()) {
            if types.len() == names.len() {
                let shown: Vec<String> = names.iter().zip(&types).map(|(n, t)| format!("{n} {t}")).collect();
                println!("{}", shown.join(", "));
            } else {
                let values = if types.len() == 1 { "value" } else { "values" };
                fail(&format!("assignment mismatch: {} variables but {} {values}", names.len(), types.len()));
            }
        }
        return;
    }
    if let Some(types) = expr_types(repl, expr) {
        match types.len() {
            0 => println!("no value"),
            _ => println!("{}", types.join(", ")),
        }
    }
}

/// The types of expression `expr` (diagnostics reported: `None`).
fn expr_types(repl: &mut Repl, expr: &str) -> Option<Vec<String>> {
    let chunks = super::input::split(expr);
    let clauses: Vec<String> = super::input::auto_imports(expr, &|n| repl.session.names().iter().any(|s| s.name == n)).iter().map(|p| format!("import {p:?}")).collect();
    let entry = "__minigo_type";
    let synth = super::input::synthesize(expr, &chunks, &clauses, entry, None);
    let (file, diags) = synth.parse();
    let result = if diags.is_empty() { repl.session.expr_types(&file, entry) } else { Err(diags) };
    match result {
        Ok(Some(types)) => Some(types),
        Ok(None) => {
            fail(":type wants an expression or an `x := …` statement");
            None
        }
        Err(diags) => {
            let diags: Vec<_> = diags.into_iter().map(|d| synth.map_diagnostic(d)).collect();
            repl.report(expr, &diags);
            None
        }
    }
}

/// `:doc pkg` lists a package's exported names; `:doc pkg.Name` shows a
/// member's declaration with its doc comment, from the package's API file.
fn doc(repl: &Repl, arg: &str) {
    if arg.is_empty() {
        fail("usage: :doc NAME (a stdlib package, or pkg.Name, or pkg.Type.Method)");
        return;
    }
    let (pkg, member) = arg.split_once('.').map_or((arg, None), |(p, m)| (p, Some(m)));
    let path = repl.session.package_of(pkg).map(str::to_string).or_else(|| minigo_stdlib::api::package_paths().iter().find(|p| p.rsplit('/').next() == Some(pkg)).map(|p| p.to_string()));
    let Some(src) = path.as_deref().and_then(minigo_stdlib::api::package_api) else {
        fail(&format!("no documentation for {arg} (try a stdlib package or pkg.Name)"));
        return;
    };
    match member {
        None => println!("package {pkg} // import {:?}\n\n{}", path.unwrap_or_default(), exported_names(src).join(" ")),
        Some(m) => match member_doc(src, m) {
            Some(text) => print!("{text}"),
            None => fail(&format!("no member {m} in package {pkg}")),
        },
    }
}

/// Exported top-level names of an API file.
pub fn exported_names(src: &str) -> Vec<String> {
    use minigo_grammar::ast::Decl;
    let (file, _) = minigo_grammar::parse_api_file(src);
    let mut out: Vec<String> = Vec::new();
    for d in &file.decls {
        match d {
            Decl::Const(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
            Decl::Var(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
            Decl::Type(specs) => out.extend(specs.iter().map(|s| s.name.name.clone())),
            Decl::Func(fd) if fd.recv.is_none() => out.push(fd.name.name.clone()),
            Decl::Func(_) => {}
        }
    }
    out.retain(|n| n.starts_with(|c: char| c.is_uppercase()));
    out.sort();
    out.dedup();
    out
}

/// The doc comment and declaration line(s) of `name` (methods `T.M` included).
fn member_doc(src: &str, name: &str) -> Option<String> {
    let (recv, name) = name.split_once('.').map_or((None, name), |(t, m)| (Some(t), m));
    let lines: Vec<&str> = src.lines().collect();
    // `in_group`: also a line of a `const (…)`/`var (…)` group naming it
    // (looked for only when no keyword declaration does, so that an
    // interface's method `Push(x any)` never stands for `func Push`).
    let declares = |l: &str, in_group: bool| -> bool {
        let l = l.trim_start();
        let rest = match recv {
            Some(t) => match l.strip_prefix("func (").and_then(|r| r.split_once(')')) {
                Some((r, rest)) if r.trim_end().ends_with(t) => rest.trim_start(),
                _ => return false,
            },
            None => ["func ", "type ", "var ", "const "].iter().find_map(|k| l.strip_prefix(k)).unwrap_or(if in_group && l.starts_with(name) { l } else { "" }),
        };
        rest.strip_prefix(name).is_some_and(|after| after.starts_with(['(', ' ', '[']) || after.is_empty())
    };
    let at = lines.iter().position(|l| declares(l, false)).or_else(|| lines.iter().position(|l| declares(l, true)))?;
    let mut out = String::new();
    let decl = lines[at].trim();
    let decl = decl.strip_suffix('{').map(str::trim_end).unwrap_or(decl);
    // A member of a `const (…)` or `var (…)` group: its own comment, else the group's.
    let group = (!["func ", "type ", "var ", "const "].iter().any(|k| decl.starts_with(k))).then(|| lines[..at].iter().rposition(|l| l.starts_with("const (") || l.starts_with("var ("))).flatten();
    let own = doc_comment(&lines, at);
    let comment = match group {
        Some(g) if own.is_empty() => doc_comment(&lines, g),
        _ => own,
    };
    for l in comment {
        out.push_str(l.trim_start());
        out.push('\n');
    }
    match group {
        Some(g) => {
            let keyword = lines[g].split_whitespace().next().unwrap_or("const");
            out.push_str(&format!("{keyword} {}\n", decl.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
        None => {
            out.push_str(decl);
            out.push('\n');
        }
    }
    // A type: its methods.
    if recv.is_none() && decl.starts_with("type ") {
        for l in &lines {
            let l = l.trim();
            let method_of = l.strip_prefix("func (").and_then(|r| r.split_once(')')).is_some_and(|(r, _)| r.split_whitespace().last().map(|t| t.trim_start_matches('*')) == Some(name));
            if method_of && l.split_once(')').is_some_and(|(_, m)| m.trim_start().starts_with(|c: char| c.is_uppercase())) {
                out.push_str("    ");
                out.push_str(l.strip_suffix('{').map(str::trim_end).unwrap_or(l));
                out.push('\n');
            }
        }
    }
    Some(out)
}

/// The `//` lines right above line `at`.
fn doc_comment<'s>(lines: &[&'s str], at: usize) -> Vec<&'s str> {
    let mut start = at;
    while start > 0 && lines[start - 1].trim_start().starts_with("//") {
        start -= 1;
    }
    lines[start..at].to_vec()
}

fn write(repl: &Repl, file: &str) {
    if file.is_empty() {
        fail("usage: :write FILE");
        return;
    }
    match std::fs::write(file, repl.log.program()) {
        Ok(()) => println!("wrote {file}"),
        Err(e) => fail(&format!("cannot write {file}: {e}")),
    }
}

/// `:load FILE`: the file (its `package` clause dropped) as one input.
fn load(repl: &mut Repl, file: &str) -> Next {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            fail(&format!("cannot read {file}: {e}"));
            return Next::Continue;
        }
    };
    let body = match text.trim_start().strip_prefix("package") {
        Some(rest) => rest.trim_start().split_once('\n').map_or("", |(_, r)| r),
        None => &text,
    };
    repl.eval(body)
}

/// `:disasm NAME`: the latest function of that name (`f`, `T.M`, `main.f`).
fn disasm(repl: &Repl, name: &str) {
    if name.is_empty() {
        fail("usage: :disasm NAME (a function of the session: f, T.M)");
        return;
    }
    let module = repl.vm.module();
    let want = if name.contains('.') && !name.starts_with("main.") { format!("main.{name}") } else if name.starts_with("main.") { name.to_string() } else { format!("main.{name}") };
    match module.funcs.iter().rev().find(|f| f.name == want || f.name == name) {
        Some(f) => {
            let mut out = String::new();
            minigo_vm::bytecode::disasm::disassemble_func(module, f, &mut out);
            print!("{out}");
        }
        None => fail(&format!("no function {name} in the session")),
    }
}

#[cfg(test)]
mod tests {
    /// `:doc` shows every exported member of every stdlib package with a doc comment.
    #[test]
    fn every_stdlib_member_has_documentation() {
        let mut missing = Vec::new();
        for path in minigo_stdlib::api::package_paths() {
            let src = minigo_stdlib::api::package_api(path).unwrap();
            for name in super::exported_names(src) {
                if !super::member_doc(src, &name).is_some_and(|d| d.starts_with("//")) {
                    missing.push(format!("{path}.{name}"));
                }
            }
        }
        assert!(missing.is_empty(), "no documentation for {missing:?}");
    }
}
