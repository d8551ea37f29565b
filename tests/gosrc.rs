//! Robustness of the front end on Go's own source tree: every `.go` file
//! under `$GOROOT/src` (outside `testdata/` folders, which hold deliberately
//! invalid files) must lex and parse without panicking or hanging, and must
//! either parse cleanly or yield only "minigo does not support" diagnostics.
//! A syntax error on a file of Go's tree is a parser bug. Skipped (with a
//! note) when Go is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longest a single file may take before the test calls it a hang.
const FILE_TIME_LIMIT: Duration = Duration::from_secs(20);

fn go_root() -> Option<PathBuf> {
    let from_python = Command::new("python3")
        .args(["-c", "import go, os; print(os.path.dirname(go.__file__))"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let from_go = || {
        Command::new("go")
            .args(["env", "GOROOT"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    from_python
        .into_iter()
        .chain(from_go())
        .map(PathBuf::from)
        .find(|root| root.join("src").is_dir())
}

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

/// The first problem found in one file (empty when it is fine).
fn check_file(path: &Path) -> Vec<String> {
    let Ok(bytes) = std::fs::read(path) else { return vec![] };
    let result = std::panic::catch_unwind(|| {
        // `parse_file` lexes too: its diagnostics include the lexer's.
        let (src, mut diagnostics) = minigo_grammar::decode_source(&bytes);
        let (_file, parse_diagnostics) = minigo_grammar::parse_file(&src);
        diagnostics.extend(parse_diagnostics);
        let lines = minigo_grammar::LineIndex::new(&src);
        diagnostics
            .iter()
            .filter(|d| !d.is_unsupported())
            .map(|d| {
                let (line, col) = lines.line_col(d.span.start);
                format!("{}:{line}:{col}: {}", path.display(), d.message)
            })
            .take(1)
            .collect::<Vec<_>>()
    });
    match result {
        Ok(problems) => problems,
        Err(_) => vec![format!("{}: the front end panicked", path.display())],
    }
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
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4);
    let current: Arc<Mutex<Vec<Option<(usize, Instant)>>>> = Arc::new(Mutex::new(vec![None; workers]));
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let (files, next, problems, current) = (files.clone(), next.clone(), problems.clone(), current.clone());
            std::thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= files.len() {
                    current.lock().unwrap()[w] = None;
                    return;
                }
                current.lock().unwrap()[w] = Some((i, Instant::now()));
                let found = check_file(&files[i]);
                problems.lock().unwrap().extend(found);
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
}
