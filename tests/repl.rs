//! Owns the REPL transcript suite: each `tests/repl/*.txt` is fed to
//! `minigo repl` on stdin (not a terminal: no prompts); the snapshot holds the
//! input, the transcript (stdout and stderr merged as a terminal shows them)
//! and the exit code. Also pins that `:write` produces a program `minigo run`
//! runs, and that real Go (when installed) runs with the same output.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Runs `minigo repl` with `input` on stdin; stdout and stderr share one pipe.
fn session(input: &str) -> (String, i32) {
    use std::io::Write;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" repl 2>&1")
        .arg(env!("CARGO_BIN_EXE_minigo"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn minigo repl");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut v);
        v
    });
    let status = common::wait_with_limit(&mut child, TIME_LIMIT, "minigo repl");
    let out = String::from_utf8_lossy(&reader.join().unwrap()).into_owned();
    (out, status.code().expect("minigo repl was killed by a signal"))
}

#[test]
fn transcripts() {
    insta::glob!("repl/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let (out, code) = session(&input);
        let shown = format!("-- input --\n{input}-- transcript --\n{out}-- exit --\n{code}\n");
        common::settings("repl", &input).bind(|| insta::assert_snapshot!(shown));
    });
}

/// The program `:write` saves runs under `minigo run` with the session's
/// output (echoes become `fmt.Println`), and under Go with the same output:
/// a replaced method, a variable declared again under another type (the
/// earlier one renamed), unused variables in nested blocks and literals.
#[test]
fn write_output_runs_under_minigo_and_go() {
    let dir = std::env::temp_dir().join(format!("minigo-repl-write-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("session.mg");
    let input = format!(
        "type Shape interface {{ Area() float64 }}\ntype Rect struct{{ W, H float64 }}\nfunc (r Rect) Area() float64 {{ return r.W * r.H }}\nshapes := []Shape{{Rect{{2, 3}}, Rect{{1, 1}}}}\ntotal := 0.0\nfor _, s := range shapes {{\n\ttotal += s.Area()\n}}\ntotal\nstrings.Repeat(\"=\", 3)\nunused := 1\nn, err := strconv.Atoi(\"12\")\nfunc boom() {{ panic(\"x\") }}\nboom()\nfunc (r Rect) Area() float64 {{ return 2 * r.W * r.H }}\nshapes[0].Area()\nn := \"now a string\"\nn + \"!\"\nif n != \"\" {{ inner := 1 }}\nfor i, s := range shapes {{ fmt.Println(i) }}\nf := func() {{ local := 2 }}\nf()\n:write {}\n",
        file.display()
    );
    let (out, code) = session(&input);
    assert_eq!(code, 0, "{out}");
    let program = std::fs::read_to_string(&file).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_minigo")).arg("run").arg(&file).output().unwrap();
    let ran = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(run.status.success(), "{program}\n{}", String::from_utf8_lossy(&run.stderr));
    let shown = format!("-- program --\n{program}-- minigo run --\n{ran}");
    common::settings("repl", "write_output").bind(|| insta::assert_snapshot!("write_output", shown));
    let go_oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/go-oracle");
    if Command::new("go").arg("version").output().is_ok_and(|o| o.status.success()) {
        let go = Command::new(go_oracle).arg(&file).output().unwrap();
        let go = String::from_utf8_lossy(&go.stdout).into_owned();
        assert_eq!(go, format!("-- stdout --\n{ran}-- stderr --\n-- exit --\n0\n"), "Go disagrees with minigo on the :write program:\n{program}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The program `:print` shows at the end of `tests/repl/program.txt` (a
/// variable declared again under another type, unused locals, a `var`
/// initializer reading an input's variable, func literals) runs under
/// `minigo run`, and under Go (when installed) with the same output.
#[test]
fn print_output_runs_under_minigo_and_go() {
    let input = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/repl/program.txt")).unwrap();
    assert!(input.trim_end().ends_with(":print"));
    let (out, code) = session(&input);
    assert_eq!(code, 0, "{out}");
    let program = &out[out.find("package main\n").expect("a :print program")..];
    let dir = std::env::temp_dir().join(format!("minigo-repl-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("printed.mg");
    std::fs::write(&file, program).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_minigo")).arg("run").arg(&file).output().unwrap();
    let ran = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(run.status.success(), "{program}\n{}", String::from_utf8_lossy(&run.stderr));
    if Command::new("go").arg("version").output().is_ok_and(|o| o.status.success()) {
        let go_oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/go-oracle");
        let go = Command::new(go_oracle).arg(&file).output().unwrap();
        let go = String::from_utf8_lossy(&go.stdout).into_owned();
        assert_eq!(go, format!("-- stdout --\n{ran}-- stderr --\n-- exit --\n0\n"), "Go disagrees with minigo on the :print program:\n{program}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
