//! Owns the table of stdlib API declaration files (`<pkg>/<pkg>.mg`): Go
//! source with bodyless function declarations that the checker reads like
//! user code. Must not know the parser or the checker.

/// Import paths a minigo program may import, with their API file.
const PACKAGES: &[(&str, &str)] = &[
    ("container/heap", include_str!("container/heap/heap.mg")),
    ("container/list", include_str!("container/list/list.mg")),
    ("container/ring", include_str!("container/ring/ring.mg")),
    ("errors", include_str!("errors/errors.mg")),
    ("fmt", include_str!("fmt/fmt.mg")),
    ("io", include_str!("io/io.mg")),
    ("math", include_str!("math/math.mg")),
    ("math/bits", include_str!("bits/bits.mg")),
    ("os", include_str!("os/os.mg")),
    ("runtime", include_str!("runtime/runtime.mg")),
    ("sort", include_str!("sort/sort.mg")),
    ("strconv", include_str!("strconv/strconv.mg")),
    ("strings", include_str!("strings/strings.mg")),
    ("sync", include_str!("sync/sync.mg")),
    ("time", include_str!("time/time.mg")),
    ("unicode/utf8", include_str!("utf8/utf8.mg")),
];

/// The API declaration source of a stdlib package, by import path.
pub fn package_api(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, src)| *src)
}

/// Every importable package path.
pub fn package_paths() -> &'static [&'static str] {
    &["container/heap", "container/list", "container/ring", "errors", "fmt", "io", "math", "math/bits", "os", "runtime", "sort", "strconv", "strings", "sync", "time", "unicode/utf8"]
}
