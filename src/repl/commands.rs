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
    ("type", "EXPR", "show the type of an expression without running it"),
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

/// `:type EXPR`.
fn show_type(repl: &mut Repl, expr: &str) {
    if expr.is_empty() {
        fail("usage: :type EXPR");
        return;
    }
    let chunks = super::input::split(expr);
    let clauses: Vec<String> = super::input::auto_imports(expr, &|n| repl.session.names().iter().any(|s| s.name == n)).iter().map(|p| format!("import {p:?}")).collect();
    let entry = "__minigo_type";
    let synth = super::input::synthesize(expr, &chunks, &clauses, entry, None);
    let (file, diags) = minigo_grammar::parse_file(&synth.source);
    let result = if diags.is_empty() { repl.session.expr_types(&file, entry) } else { Err(diags) };
    match result {
        Ok(Some(types)) if types.is_empty() => println!("no value"),
        Ok(Some(types)) => println!("{}", types.join(", ")),
        Ok(None) => fail(":type wants an expression"),
        Err(diags) => {
            let diags: Vec<_> = diags.into_iter().map(|d| synth.map_diagnostic(d)).collect();
            repl.report(expr, &diags);
        }
    }
}

/// `:doc pkg` lists a package's exported names; `:doc pkg.Name` shows a
/// member's declaration with its doc comment, from the package's API file.
fn doc(repl: &Repl, arg: &str) {
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
    let declares = |l: &str| -> bool {
        let l = l.trim_start();
        let rest = match recv {
            Some(t) => match l.strip_prefix("func (").and_then(|r| r.split_once(')')) {
                Some((r, rest)) if r.trim_end().ends_with(t) => rest.trim_start(),
                _ => return false,
            },
            None => ["func ", "type ", "var ", "const "].iter().find_map(|k| l.strip_prefix(k)).unwrap_or(if l.starts_with(name) { l } else { "" }),
        };
        rest.strip_prefix(name).is_some_and(|after| after.starts_with(['(', ' ', '[']) || after.is_empty())
    };
    let at = lines.iter().position(|l| declares(l))?;
    let mut start = at;
    while start > 0 && lines[start - 1].trim_start().starts_with("//") {
        start -= 1;
    }
    let mut out = String::new();
    for l in &lines[start..at] {
        out.push_str(l.trim_start());
        out.push('\n');
    }
    let decl = lines[at].trim();
    out.push_str(decl.strip_suffix('{').map(str::trim_end).unwrap_or(decl));
    out.push('\n');
    Some(out)
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
