//! Owns the table of stdlib API declaration files (`<pkg>/<pkg>.mg`): Go
//! source with bodyless function declarations that the checker reads like
//! user code. Must not know the parser or the checker.

/// Import paths a minigo program may import, with their API file.
const PACKAGES: &[(&str, &str)] = &[
    ("bufio", include_str!("bufio/bufio.mg")),
    ("bytes", include_str!("bytes/bytes.mg")),
    ("cmp", include_str!("cmp/cmp.mg")),
    ("container/heap", include_str!("container/heap/heap.mg")),
    ("container/list", include_str!("container/list/list.mg")),
    ("container/ring", include_str!("container/ring/ring.mg")),
    ("errors", include_str!("errors/errors.mg")),
    ("fmt", include_str!("fmt/fmt.mg")),
    ("internal/oserror", include_str!("oserror/oserror.mg")),
    ("io", include_str!("io/io.mg")),
    ("io/fs", include_str!("fs/fs.mg")),
    ("iter", include_str!("iter/iter.mg")),
    ("maps", include_str!("maps/maps.mg")),
    ("math", include_str!("math/math.mg")),
    ("math/bits", include_str!("bits/bits.mg")),
    ("math/rand", include_str!("rand/rand.mg")),
    ("os", include_str!("os/os.mg")),
    ("path", include_str!("path/path.mg")),
    ("path/filepath", include_str!("filepath/filepath.mg")),
    ("runtime", include_str!("runtime/runtime.mg")),
    ("slices", include_str!("slices/slices.mg")),
    ("sort", include_str!("sort/sort.mg")),
    ("strconv", include_str!("strconv/strconv.mg")),
    ("strings", include_str!("strings/strings.mg")),
    ("sync", include_str!("sync/sync.mg")),
    ("syscall", include_str!("syscall/syscall.mg")),
    ("time", include_str!("time/time.mg")),
    ("unicode/utf8", include_str!("utf8/utf8.mg")),
];

/// The API declaration source of a stdlib package, by import path.
pub fn package_api(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, src)| *src)
}

/// Every importable package path.
pub fn package_paths() -> &'static [&'static str] {
    &["bufio", "bytes", "cmp", "container/heap", "container/list", "container/ring", "errors", "fmt", "io", "io/fs", "iter", "maps", "math", "math/bits", "math/rand", "os", "path", "path/filepath", "runtime", "slices", "sort", "strconv", "strings", "sync", "syscall", "time", "unicode/utf8"]
}
