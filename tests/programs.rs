//! Owns the runnable-program snapshot suite: each `tests/programs/<area>/*.mg`
//! runs under `minigo run` (as a child process, with a time limit); its snapshot
//! holds stdout, the full stderr and the exit code in go-oracle's layout, and
//! `scripts/go-conformance` checks every snapshot against real Go.
//!
//! Every program runs in a fresh, empty temporary directory as its working
//! directory, with an environment holding only what `<name>.env` gives
//! (`KEY=value` lines; none when absent), its standard input from
//! `<name>.stdin` (else empty) and its arguments from `<name>.args` (one per
//! line) or a `// args: a b c` line near the top; `scripts/go-conformance`
//! gives Go exactly the same. The repository's path is cut from the output,
//! so tracebacks name `tests/programs/…`; programs print paths relative to
//! their working directory.
//!
//! Programs minigo does not run correctly yet are listed in
//! `tests/programs/SKIP` (`area/name.mg  # issue N: reason`); they are skipped
//! and have no snapshot.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const TIME_LIMIT: Duration = Duration::from_secs(20);
const NO_NEWLINE: &str = "-- no newline at end --";

/// Output that does not end in a newline gets a marker line, so the layout stays unambiguous.
fn section(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes).into_owned();
    if text.is_empty() || text.ends_with('\n') {
        text
    } else {
        format!("{text}\n{NO_NEWLINE}\n")
    }
}

/// Program arguments: `<name>.args` (one per line), else a `// args: a b c`
/// line near the top of the file.
fn args_of(path: &Path, src: &str) -> Vec<String> {
    if let Ok(list) = std::fs::read_to_string(path.with_extension("args")) {
        return list.lines().map(String::from).collect();
    }
    src.lines()
        .take(5)
        .find_map(|l| l.strip_prefix("// args:"))
        .map(|rest| rest.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// The program's whole environment: the `KEY=value` lines of `<name>.env`.
fn env_of(path: &Path) -> Vec<(String, String)> {
    let list = std::fs::read_to_string(path.with_extension("env")).unwrap_or_default();
    list.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// A fresh, empty directory for one run (removed by `Drop`).
struct Scratch(PathBuf);

impl Scratch {
    fn new(rel: &str) -> Scratch {
        let name = format!("minigo-prog-{}-{}", std::process::id(), rel.replace(['/', '.'], "_"));
        let dir = std::env::temp_dir().join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // A program may leave read-only directories behind.
        let _ = Command::new("chmod").arg("-R").arg("u+rwx").arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(path: &Path, rel: &str, args: &[String]) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let scratch = Scratch::new(rel);
    let stdin = match std::fs::File::open(path.with_extension("stdin")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .current_dir(&scratch.0)
        .env_clear()
        .envs(env_of(path))
        .arg("run")
        .arg(path)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn minigo");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let status = common::wait_with_limit(&mut child, TIME_LIMIT, rel);
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    let code = status.code().unwrap_or_else(|| panic!("{rel}: minigo was killed by a signal ({status:?})"));
    let local = |s: String| s.replace(&format!("{root}/"), "");
    format!("-- stdout --\n{}-- stderr --\n{}-- exit --\n{code}\n", local(section(&stdout)), local(section(&stderr)))
}

/// The paths (relative to `tests/programs/`) listed in `tests/programs/SKIP`.
fn skipped() -> Vec<String> {
    let list = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs/SKIP")).unwrap_or_default();
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn programs() {
    let skip = skipped();
    insta::glob!("programs/**/*.mg", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().to_string_lossy().into_owned();
        let in_programs = rel.strip_prefix("tests/programs/").unwrap_or(&rel);
        if skip.iter().any(|s| s == in_programs) {
            return;
        }
        let result = run(path, &rel, &args_of(path, &src));
        common::settings("programs", &src).bind(|| insta::assert_snapshot!(result));
    });
}
