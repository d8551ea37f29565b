//! Owns the test of fused compare-and-branch instructions whose target lies
//! beyond their `i16` offset: the lowering must fall back to the unfused
//! compare + `JumpIf` (`lower/branch.rs`, `relax_long_jumps`) and the program
//! must still run correctly. The program is generated (an `if` body of 40,000
//! statements inside a loop); its output was checked with real Go when this
//! test was written (`go run` prints 319988 for N = 40,000). The same holds
//! for `if cond { goto L }`, whose branch targets the label.

/// A loop over an `if i != skip` whose body is `n` one-instruction statements.
fn program(n: usize, skip: i64) -> (String, i64) {
    let mut src = format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tx := 0\n\tfor i := 0; i < 3; i++ {{\n\t\tif i != {skip} {{\n");
    let mut per_pass = 0i64;
    for j in 0..n {
        let k = (j % 7) as i64 + 1;
        per_pass += k;
        src.push_str(&format!("\t\t\tx += {k}\n"));
    }
    src.push_str("\t\t}\n\t}\n\tfor j := 0; j < 5; j++ {\n\t\tif j == 3 {\n\t\t\tx -= 2\n\t\t}\n\t}\n\tfmt.Println(x)\n}\n");
    let passes = if (0..3).contains(&skip) { 2 } else { 3 };
    (src, passes * per_pass - 2)
}

#[test]
fn long_fused_branches_fall_back_to_unfused_jumps() {
    let (src, expected) = program(40_000, 1);
    assert_eq!(expected, 319_988);
    let listing = listing(&src);
    assert!(listing.contains("NeInt"), "the long `if i != 1` branch is unfused");
    // Fused, it jumps over the body when `j != 3`.
    assert!(listing.contains("JumpIfNeIntImm"), "the short `if j == 3` branch stays fused");
    run_and_check(&src, expected);
}

/// The same with a constant beyond an `i16` immediate: `JumpIfNeIntK` unfuses
/// into `LoadConst` + `NeInt` + `JumpIf` (Go prints 479983 for this program).
#[test]
fn long_constant_operand_branches_fall_back_to_unfused_jumps() {
    let (src, expected) = program(40_000, 1_000_000);
    assert_eq!(expected, 479_983);
    let listing = listing(&src);
    assert!(listing.contains("LoadConst") && listing.contains("NeInt"), "the long `if i != 1000000` branch is unfused");
    assert!(!listing.contains("JumpIfNeIntK"), "no fused constant branch is left");
    run_and_check(&src, expected);
}

/// `if cond { goto L }` branches to the label itself: forward and backward
/// over 40,000 statements the fused branch falls back too. A loop made of
/// gotos runs the body 3 times and skips a second copy of it (Go prints
/// 359985 for this program).
#[test]
fn long_conditional_gotos_fall_back_to_unfused_jumps() {
    let n = 40_000;
    let body: String = (0..n).map(|j| format!("\tx += {}\n", j % 7)).collect();
    let per_pass: i64 = (0..n).map(|j| (j % 7) as i64).sum();
    let src = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tx, i := 0, 0\n\tif x == 0 {{\n\t\tgoto top\n\t}}\n\tx = 1000\ntop:\n{body}\ti++\n\tif i < 3 {{\n\t\tgoto top\n\t}}\n\tif x > 0 {{\n\t\tgoto end\n\t}}\n{body}end:\n\tfmt.Println(x)\n}}\n"
    );
    assert_eq!(3 * per_pass, 359_985);
    let listing = listing(&src);
    assert!(!listing.contains("JumpIfGtIntImm") && !listing.contains("JumpIfLtIntImm"), "no long fused branch is left");
    run_and_check(&src, 3 * per_pass);
}

/// The bytecode of the program's `main.main` (the stdlib's functions, also
/// in the module, have branches of their own).
fn listing(src: &str) -> String {
    let module = minigo::compile_source(src, "long.mg").unwrap_or_else(|d| panic!("{}", d[0].message));
    let all = minigo::disassemble(&module);
    let start = all.find("func main.main ").expect("main.main is listed");
    let end = all[start + 1..].find("\nfunc ").map_or(all.len(), |i| start + 1 + i);
    all[start..end].to_string()
}

fn run_and_check(src: &str, expected: i64) {
    let dir = std::env::temp_dir().join(format!("minigo-long-branches-{}-{expected}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("long.mg");
    std::fs::write(&path, src).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minigo")).arg("run").arg(&path).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{expected}\n"));
    assert_eq!(out.status.code(), Some(0));
}
