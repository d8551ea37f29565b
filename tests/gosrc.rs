//! Robustness of the front end on Go's own source tree: every `.go` file
//! under `$GOROOT/src` (outside `testdata/` folders, which hold deliberately
//! invalid files) must lex and parse without panicking or hanging, and must
//! either parse cleanly or yield only "minigo does not support" diagnostics.
//! A syntax error on a file of Go's tree is a parser bug. Each file that
//! parses cleanly is then compared with Go's own parser: the counts of node
//! kinds (`gosrc/counts.rs` against `gosrc/ast_counts.go` run with `go/ast`)
//! must agree, which catches wrong trees (precedence, statement forms).
//! Skipped (with a note) when Go is not installed.

mod common;
#[path = "gosrc/counts.rs"]
mod counts;

use common::go_root;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longest a single file may take before the test calls it a hang.
const FILE_TIME_LIMIT: Duration = Duration::from_secs(20);

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "testdata") {
                collect_go_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// What the front end made of one file.
struct Outcome {
    /// The first problem (empty when it is fine).
    problems: Vec<String>,
    /// Node-kind counts when the file parsed without any diagnostic.
    counts: Option<String>,
}

fn check_file(path: &Path) -> Outcome {
    let Ok(bytes) = std::fs::read(path) else { return Outcome { problems: vec![], counts: None } };
    let result = std::panic::catch_unwind(|| {
        // `parse_file` lexes too: its diagnostics include the lexer's.
        let (src, mut diagnostics) = minigo_grammar::decode_source(&bytes);
        let (file, parse_diagnostics) = minigo_grammar::parse_file(&src);
        diagnostics.extend(parse_diagnostics);
        let counts = diagnostics.is_empty().then(|| counts::Counts::file(&file).render());
        let lines = minigo_grammar::LineIndex::new(&src);
        let problems = diagnostics
            .iter()
            .filter(|d| !d.is_unsupported())
            .map(|d| {
                let (line, col) = lines.line_col(d.span.start);
                format!("{}:{line}:{col}: {}", path.display(), d.message)
            })
            .take(1)
            .collect::<Vec<_>>();
        Outcome { problems, counts }
    });
    match result {
        Ok(outcome) => outcome,
        Err(_) => Outcome { problems: vec![format!("{}: the front end panicked", path.display())], counts: None },
    }
}

/// Runs `gosrc/ast_counts.go` with Go on `files`: one `path\tcounts` line each.
fn go_counts(files: &[&PathBuf]) -> Option<Vec<(String, String)>> {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("minigo-gosrc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("go.mod"), "module astcounts\n\ngo 1.21\n").ok()?;
    std::fs::write(dir.join("main.go"), include_str!("gosrc/ast_counts.go")).ok()?;
    let built = Command::new("go")
        .args(["build", "-o", "astcounts", "."])
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
        .status()
        .ok()?
        .success();
    if !built {
        return None;
    }
    let mut child = Command::new(dir.join("astcounts"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    Some(text.lines().filter_map(|l| l.split_once('\t')).map(|(p, c)| (p.to_string(), c.to_string())).collect())
}

#[test]
fn go_source_tree_parses() {
    let Some(root) = go_root() else {
        eprintln!("note: Go is not installed; skipping the Go source tree test");
        return;
    };
    let mut files = Vec::new();
    collect_go_files(&root.join("src"), &mut files);
    files.sort();
    assert!(!files.is_empty(), "no .go files under {}", root.display());

    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    let problems = Arc::new(Mutex::new(Vec::new()));
    let clean: Arc<Mutex<Vec<(usize, String)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4);
    let current: Arc<Mutex<Vec<Option<(usize, Instant)>>>> = Arc::new(Mutex::new(vec![None; workers]));
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let (files, next, problems, current) = (files.clone(), next.clone(), problems.clone(), current.clone());
            let clean = clean.clone();
            std::thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= files.len() {
                    current.lock().unwrap()[w] = None;
                    return;
                }
                current.lock().unwrap()[w] = Some((i, Instant::now()));
                let outcome = check_file(&files[i]);
                problems.lock().unwrap().extend(outcome.problems);
                if let Some(counts) = outcome.counts {
                    clean.lock().unwrap().push((i, counts));
                }
            })
        })
        .collect();
    while handles.iter().any(|h| !h.is_finished()) {
        std::thread::sleep(Duration::from_millis(100));
        for (i, started) in current.lock().unwrap().iter().flatten() {
            assert!(started.elapsed() < FILE_TIME_LIMIT, "the front end hangs on {}", files[*i].display());
        }
    }
    let problems = problems.lock().unwrap();
    let shown: Vec<&String> = problems.iter().take(60).collect();
    assert!(
        problems.is_empty(),
        "{} problems in {} files of Go's tree, first ones:\n{}",
        problems.len(),
        files.len(),
        shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    eprintln!("parsed {} files of Go's source tree", files.len());

    // Same trees as Go's own parser?
    let mut clean = clean.lock().unwrap().clone();
    clean.sort();
    let paths: Vec<&PathBuf> = clean.iter().map(|(i, _)| &files[*i]).collect();
    let Some(theirs) = go_counts(&paths) else {
        eprintln!("note: could not run go/ast; skipping the tree comparison");
        return;
    };
    assert_eq!(theirs.len(), clean.len(), "go/ast answered for every file");
    let mut differences = Vec::new();
    for ((i, ours), (path, theirs)) in clean.iter().zip(&theirs) {
        assert_eq!(files[*i].display().to_string(), *path);
        if !only_in(ours, theirs).is_empty() || !only_in(theirs, ours).is_empty() {
            differences.push(format!("{path}\n  minigo: {}\n  go/ast: {}", only_in(ours, theirs), only_in(theirs, ours)));
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {} files parse into a different tree than go/ast's:\n{}",
        differences.len(),
        clean.len(),
        differences.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    eprintln!("{} trees agree with go/ast", clean.len());
}

/// The `key=count` entries of `a` that `b` lacks.
fn only_in(a: &str, b: &str) -> String {
    let theirs: std::collections::HashSet<&str> = b.split(' ').collect();
    a.split(' ').filter(|k| !theirs.contains(k)).collect::<Vec<_>>().join(" ")
}
