//! Runs `stdlib/src/impl_check/run.sh` when Go is installed: the minigo
//! bodies of the stdlib API files, built by real Go, must answer exactly as
//! Go's own packages (for the sorts, down to the sequence of `less` calls).
//! Skipped (with a note) when Go is not installed.

mod common;

use std::process::Command;

#[test]
fn stdlib_bodies_match_go() {
    let Some(root) = common::go_root() else {
        eprintln!("note: Go is not installed; skipping stdlib/src/impl_check/run.sh");
        return;
    };
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib/src/impl_check/run.sh");
    let path = format!("{}:{}", root.join("bin").display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash").arg(&script).env("PATH", path).output().expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("impl-check OK"),
        "impl_check failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
