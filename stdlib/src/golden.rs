//! Test-only helpers for the Go-generated tables under `<pkg>/testdata/`:
//! each `gen.go` there is run with real Go (`/work/shared/tools/go-oracle
//! gen.go`) and its stdout saved as `*.out`, one tab-separated case a line.
//! Must not know any package's behaviour.

/// Decodes a lowercase hex string (as Go's `%x` prints bytes).
pub fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex in golden file"))
        .collect()
}

/// The tab-separated fields of each non-empty line.
pub fn rows(table: &str) -> Vec<Vec<&str>> {
    table.lines().filter(|l| !l.is_empty()).map(|l| l.split('\t').collect()).collect()
}
