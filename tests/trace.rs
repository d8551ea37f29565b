//! Owns the `minigo run --trace` snapshot suite: each `tests/trace/*.mg` runs
//! under `minigo run --trace` (a child process, with a time limit) with stdout
//! and stderr going to one file, so the snapshot shows the program's output and
//! the trace lines interleaved as a learner sees them in a terminal, then the
//! exit code. The programs are valid Go; their behaviour without `--trace` is
//! pinned against Go by the programs suite, so these snapshots pin the trace's
//! wording and order.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

const TIME_LIMIT: Duration = Duration::from_secs(20);

fn run_traced(rel: &str) -> String {
    let out_path = std::env::temp_dir().join(format!("minigo-trace-{}-{}.out", std::process::id(), rel.replace('/', "_")));
    let out = std::fs::File::create(&out_path).expect("create output file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--trace", rel])
        .stdin(Stdio::null())
        .stdout(Stdio::from(out.try_clone().unwrap()))
        .stderr(Stdio::from(out))
        .spawn()
        .expect("spawn minigo");
    let status = common::wait_with_limit(&mut child, TIME_LIMIT, rel);
    let text = std::fs::read_to_string(&out_path).unwrap_or_default();
    let _ = std::fs::remove_file(&out_path);
    let code = status.code().unwrap_or_else(|| panic!("{rel}: minigo was killed by a signal ({status:?})"));
    format!("-- stdout and stderr, interleaved --\n{text}-- exit --\n{code}\n")
}

#[test]
fn trace() {
    insta::glob!("trace/*.mg", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().to_string_lossy().into_owned();
        let result = run_traced(&rel);
        common::settings("trace", &src).bind(|| insta::assert_snapshot!(result));
    });
}
