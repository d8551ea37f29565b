//! Owns the architecture checks that keep the codebase easy to see
//! (ARCHITECTURE.md's invariants): every Rust source file opens with a `//!`
//! doc saying what it owns, no file grows past the size limit, ariadne is used
//! only by `src/render.rs`, the crate dependency edges point one way, and only
//! `vm/src/host.rs` reaches the operating system from the vm and the stdlib.

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 1500;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("snapshots") {
                rust_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn sources() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["src", "grammar/src", "compiler/src", "vm/src", "stdlib/src", "tests", "grammar/build.rs"] {
        let p = root().join(dir);
        if p.is_file() {
            files.push(p);
        } else {
            rust_files(&p, &mut files);
        }
    }
    files
}

#[test]
fn every_file_says_what_it_owns() {
    let missing: Vec<_> = sources()
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            !text.trim_start().starts_with("//!")
        })
        .collect();
    assert!(missing.is_empty(), "files without a leading `//!` doc: {missing:#?}");
}

#[test]
fn no_file_is_too_long() {
    let long: Vec<_> = sources()
        .into_iter()
        .filter_map(|p| {
            let n = std::fs::read_to_string(&p).unwrap_or_default().lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", p.display()))
        })
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines, split them by concept: {long:#?}");
}

#[test]
fn only_render_uses_ariadne() {
    let users: Vec<_> = sources()
        .into_iter()
        .filter(|p| !p.ends_with("src/render.rs") && !p.ends_with("tests/tidy.rs"))
        .filter(|p| std::fs::read_to_string(p).unwrap_or_default().contains("ariadne::"))
        .collect();
    assert!(users.is_empty(), "ariadne used outside src/render.rs: {users:#?}");
}

#[test]
fn crate_edges_point_one_way() {
    // The manifest without its `name = …` line: what is left names dependencies.
    let deps = |krate: &str| {
        let manifest = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).unwrap();
        manifest.lines().filter(|l| !l.starts_with("name")).collect::<Vec<_>>().join("\n")
    };
    for krate in ["grammar", "vm"] {
        assert!(!deps(krate).contains("minigo-"), "{krate} must depend on no other minigo crate");
    }
    let stdlib = deps("stdlib");
    assert!(!stdlib.contains("minigo-grammar") && !stdlib.contains("minigo-compiler"), "stdlib may depend on the vm only");
}

#[test]
fn only_the_host_reaches_the_os() {
    // Every file, environment, process and standard-input request of a
    // running program goes through `vm/src/host.rs` (the one door to the OS);
    // test files may touch the OS themselves.
    let doors = ["std::fs", "std::env", "std::process", "stdin()", "std::net", "std::time::SystemTime"];
    let mut files = Vec::new();
    for dir in ["vm/src", "stdlib/src"] {
        rust_files(&root().join(dir), &mut files);
    }
    let users: Vec<_> = files
        .into_iter()
        .filter(|p| !p.ends_with("vm/src/host.rs") && !p.ends_with("tests.rs") && !p.to_string_lossy().contains("/tests/"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
            doors.iter().any(|d| code.contains(d))
        })
        .collect();
    assert!(users.is_empty(), "files reaching the OS without vm/src/host.rs: {users:#?}");
}
