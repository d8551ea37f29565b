//! Owns the test of fused compare-and-branch instructions whose target lies
//! beyond their `i16` offset: the lowering must fall back to the unfused
//! compare + `JumpIf` (`lower/branch.rs`, `relax_long_jumps`) and the program
//! must still run correctly. The program is generated (an `if` body of 40,000
//! statements inside a loop); its output was checked with real Go when this
//! test was written (`go run` prints 319988 for N = 40,000).

/// A loop over an `if` whose body is `n` one-instruction statements.
fn program(n: usize) -> (String, i64) {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 3; i++ {\n\t\tif i != 1 {\n");
    let mut per_pass = 0i64;
    for j in 0..n {
        let k = (j % 7) as i64 + 1;
        per_pass += k;
        src.push_str(&format!("\t\t\tx += {k}\n"));
    }
    src.push_str("\t\t}\n\t}\n\tfor j := 0; j < 5; j++ {\n\t\tif j == 3 {\n\t\t\tx -= 2\n\t\t}\n\t}\n\tfmt.Println(x)\n}\n");
    (src, 2 * per_pass - 2)
}

#[test]
fn long_fused_branches_fall_back_to_unfused_jumps() {
    let (src, expected) = program(40_000);
    assert_eq!(expected, 319_988);
    let module = minigo::compile_source(&src, "long.mg").unwrap_or_else(|d| panic!("{}", d[0].message));
    let listing = minigo::disassemble(&module);
    assert!(listing.contains("NeInt"), "the long `if i != 1` branch is unfused");
    assert!(listing.contains("JumpIfEqIntImm"), "the short `if j == 3` branch stays fused");

    let dir = std::env::temp_dir().join(format!("minigo-long-branches-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("long.mg");
    std::fs::write(&path, &src).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minigo")).arg("run").arg(&path).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{expected}\n"));
    assert_eq!(out.status.code(), Some(0));
}
