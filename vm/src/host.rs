//! Owns the one door between a running program and the world outside it: the
//! `Host` trait, through which every file, directory, environment, argument,
//! standard-input, clock, randomness and host-identity request of the stdlib
//! goes, and `OsHost`, the implementation over the real operating system.
//! A sandbox or an embedder supplies its own `Host` (`Vm::with_host`) to deny,
//! redirect or fake any of it in one place. Standard output and error are the
//! `Output` sinks the VM is built with (also supplied by the embedder).
//!
//! The vocabulary is POSIX's, as Go's `os` package sees it on Linux: handles
//! are small integers (0 is standard input), failures are `Errno`s with Linux
//! numbers, open flags are Go's `os.O_*` values and file modes are Go's
//! `fs.FileMode` bits. Reads that may wait on the world (standard input,
//! pipes) never block the VM thread: they answer `IoPoll::Pending` and the
//! scheduler parks the goroutine until `Host::wait_io` reports progress.
//! Must not know the VM's values, heap or scheduler.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A failure, as a Linux errno number (`Errno::ENOENT` = 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

impl Errno {
    pub const EPERM: Errno = Errno(1);
    pub const ENOENT: Errno = Errno(2);
    pub const EIO: Errno = Errno(5);
    pub const EBADF: Errno = Errno(9);
    pub const EACCES: Errno = Errno(13);
    pub const EEXIST: Errno = Errno(17);
    pub const ENOTDIR: Errno = Errno(20);
    pub const EISDIR: Errno = Errno(21);
    pub const EINVAL: Errno = Errno(22);
    pub const ENOSYS: Errno = Errno(38);
}

impl From<std::io::Error> for Errno {
    fn from(e: std::io::Error) -> Errno {
        match e.raw_os_error() {
            Some(n) => Errno(n),
            None => match e.kind() {
                std::io::ErrorKind::NotFound => Errno::ENOENT,
                std::io::ErrorKind::PermissionDenied => Errno::EACCES,
                std::io::ErrorKind::AlreadyExists => Errno::EEXIST,
                std::io::ErrorKind::InvalidInput => Errno::EINVAL,
                _ => Errno::EIO,
            },
        }
    }
}

/// A host request's outcome.
pub type HostResult<T> = Result<T, Errno>;

/// A read that may have to wait for the world.
#[derive(Debug, PartialEq, Eq)]
pub enum IoPoll<T> {
    Ready(T),
    /// Nothing to read yet: park the goroutine, call `wait_io`, then retry.
    Pending,
}

/// What `stat` says about a file (Go's `fs.FileInfo` without the name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileMeta {
    pub size: i64,
    /// Go's `fs.FileMode`: type bits (`ModeDir` = 1<<31, `ModeSymlink` = 1<<27, …) and permissions.
    pub mode: u32,
    /// Last modification, seconds and nanoseconds since the Unix epoch.
    pub mod_sec: i64,
    pub mod_nsec: i64,
    /// Device and inode: two metas with the same pair are the same file (`os.SameFile`).
    pub dev: u64,
    pub ino: u64,
}

/// One entry of a directory listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntryMeta {
    pub name: Vec<u8>,
    /// The type bits of the entry's `fs.FileMode` (not following a symlink).
    pub mode_type: u32,
}

/// Go's `os.O_*` open flags (Linux values).
pub mod open_flags {
    pub const O_RDONLY: i64 = 0;
    pub const O_WRONLY: i64 = 1;
    pub const O_RDWR: i64 = 2;
    pub const O_ACCMODE: i64 = 3;
    pub const O_CREATE: i64 = 0x40;
    pub const O_EXCL: i64 = 0x80;
    pub const O_TRUNC: i64 = 0x200;
    pub const O_APPEND: i64 = 0x400;
    /// Fail with ENOTDIR unless the path is a directory (`os.ReadDir`'s open).
    pub const O_DIRECTORY: i64 = 0x10000;
}

/// Go's `fs.FileMode` type bits.
pub mod mode_bits {
    pub const DIR: u32 = 1 << 31;
    pub const APPEND: u32 = 1 << 30;
    pub const EXCLUSIVE: u32 = 1 << 29;
    pub const TEMPORARY: u32 = 1 << 28;
    pub const SYMLINK: u32 = 1 << 27;
    pub const DEVICE: u32 = 1 << 26;
    pub const NAMED_PIPE: u32 = 1 << 25;
    pub const SOCKET: u32 = 1 << 24;
    pub const SETUID: u32 = 1 << 23;
    pub const SETGID: u32 = 1 << 22;
    pub const CHAR_DEVICE: u32 = 1 << 21;
    pub const STICKY: u32 = 1 << 20;
    pub const IRREGULAR: u32 = 1 << 19;
}

/// Handle of standard input (1 and 2, standard output and error, are the VM's `Output`).
pub const STDIN: i64 = 0;

/// Everything a program can ask of the world. Paths and environment
/// entries are bytes (Go strings); handles come from `open`.
pub trait Host {
    // ---- clock and randomness ----
    /// Monotonic nanoseconds since the program started (timers, `time.Since`).
    fn monotonic_nanos(&self) -> i64;
    /// Wall-clock time: seconds and nanoseconds since the Unix epoch.
    fn wall_clock(&self) -> (i64, i64);
    /// A random number (temporary file names).
    fn random(&mut self) -> u64;

    // ---- process ----
    /// `os.Args`.
    fn args(&self) -> &[String];
    fn getpid(&self) -> i64;
    fn hostname(&self) -> HostResult<Vec<u8>>;
    fn env_get(&self, key: &[u8]) -> Option<Vec<u8>>;
    fn env_set(&mut self, key: &[u8], value: &[u8]) -> HostResult<()>;
    fn env_unset(&mut self, key: &[u8]);
    /// Every variable as `KEY=value`.
    fn env_list(&self) -> Vec<Vec<u8>>;
    fn getwd(&self) -> HostResult<Vec<u8>>;
    fn chdir(&mut self, path: &[u8]) -> HostResult<()>;

    // ---- open files ----
    /// Opens `path` with Go's `os.O_*` flags; `perm` (an `fs.FileMode`) applies when creating.
    fn open(&mut self, path: &[u8], flags: i64, perm: u32) -> HostResult<i64>;
    /// Reads at most `buf.len()` bytes at the handle's offset; `Ready(Ok(0))` is end of file.
    fn read(&mut self, fd: i64, buf: &mut [u8]) -> IoPoll<HostResult<usize>>;
    fn read_at(&mut self, fd: i64, buf: &mut [u8], offset: i64) -> HostResult<usize>;
    fn write(&mut self, fd: i64, bytes: &[u8]) -> HostResult<usize>;
    fn write_at(&mut self, fd: i64, bytes: &[u8], offset: i64) -> HostResult<usize>;
    /// Moves the offset (`whence` 0, 1, 2 as `io.Seek*`); returns the new offset.
    fn seek(&mut self, fd: i64, offset: i64, whence: i64) -> HostResult<i64>;
    fn close(&mut self, fd: i64) -> HostResult<()>;
    fn fstat(&mut self, fd: i64) -> HostResult<FileMeta>;
    fn truncate_fd(&mut self, fd: i64, size: i64) -> HostResult<()>;
    fn sync(&mut self, fd: i64) -> HostResult<()>;
    /// The entries of the open directory `fd`, in the file system's order.
    fn read_dir_fd(&mut self, fd: i64) -> HostResult<Vec<DirEntryMeta>>;

    // ---- paths ----
    fn stat(&mut self, path: &[u8]) -> HostResult<FileMeta>;
    fn lstat(&mut self, path: &[u8]) -> HostResult<FileMeta>;
    fn mkdir(&mut self, path: &[u8], perm: u32) -> HostResult<()>;
    fn unlink(&mut self, path: &[u8]) -> HostResult<()>;
    fn rmdir(&mut self, path: &[u8]) -> HostResult<()>;
    fn rename(&mut self, from: &[u8], to: &[u8]) -> HostResult<()>;
    fn symlink(&mut self, target: &[u8], link: &[u8]) -> HostResult<()>;
    fn link(&mut self, target: &[u8], link: &[u8]) -> HostResult<()>;
    fn readlink(&mut self, path: &[u8]) -> HostResult<Vec<u8>>;
    fn chmod(&mut self, path: &[u8], mode: u32) -> HostResult<()>;
    fn truncate(&mut self, path: &[u8], size: i64) -> HostResult<()>;

    // ---- waiting ----
    /// Whether some read answered `Pending` and has not completed since.
    fn io_pending(&self) -> bool;
    /// Blocks until a pending read can make progress, or `timeout` passes
    /// (`None`: no limit); returns whether one can.
    fn wait_io(&mut self, timeout: Option<Duration>) -> bool;
}

/// A path as the OS wants it.
fn os_path(path: &[u8]) -> HostResult<&std::path::Path> {
    use std::os::unix::ffi::OsStrExt;
    if path.contains(&0) {
        return Err(Errno::EINVAL);
    }
    Ok(std::path::Path::new(std::ffi::OsStr::from_bytes(path)))
}

fn path_bytes(p: &std::path::Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    p.as_os_str().as_bytes().to_vec()
}

/// Go's `fs.FileMode` of an OS file type and permission bits.
fn go_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let st = meta.permissions().mode();
    let mut mode = st & 0o777;
    mode |= type_bits(meta.file_type());
    if meta.file_type().is_block_device() {
        mode |= mode_bits::DEVICE;
    }
    if st & 0o4000 != 0 {
        mode |= mode_bits::SETUID;
    }
    if st & 0o2000 != 0 {
        mode |= mode_bits::SETGID;
    }
    if st & 0o1000 != 0 {
        mode |= mode_bits::STICKY;
    }
    mode
}

/// The `fs.FileMode` type bits of an OS file type.
fn type_bits(ft: std::fs::FileType) -> u32 {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_dir() {
        mode_bits::DIR
    } else if ft.is_symlink() {
        mode_bits::SYMLINK
    } else if ft.is_fifo() {
        mode_bits::NAMED_PIPE
    } else if ft.is_socket() {
        mode_bits::SOCKET
    } else if ft.is_char_device() {
        mode_bits::DEVICE | mode_bits::CHAR_DEVICE
    } else if ft.is_block_device() {
        mode_bits::DEVICE
    } else {
        0
    }
}

/// The OS permission bits of a Go `fs.FileMode` (permissions, setuid, setgid, sticky).
fn os_mode(mode: u32) -> u32 {
    let mut m = mode & 0o777;
    if mode & mode_bits::SETUID != 0 {
        m |= 0o4000;
    }
    if mode & mode_bits::SETGID != 0 {
        m |= 0o2000;
    }
    if mode & mode_bits::STICKY != 0 {
        m |= 0o1000;
    }
    m
}

fn file_meta(meta: &std::fs::Metadata) -> FileMeta {
    use std::os::unix::fs::MetadataExt;
    FileMeta { size: meta.size() as i64, mode: go_mode(meta), mod_sec: meta.mtime(), mod_nsec: meta.mtime_nsec(), dev: meta.dev(), ino: meta.ino() }
}

/// An open file of `OsHost`, with the path it was opened by (for listings).
struct OsFile {
    file: std::fs::File,
    path: std::path::PathBuf,
}

/// Standard input, read by a thread of its own in chunks so that a goroutine
/// waiting for input never blocks the VM thread.
struct StdinReader {
    chunks: mpsc::Receiver<std::io::Result<Vec<u8>>>,
    /// The unread rest of the last chunk.
    buffered: Vec<u8>,
    at: usize,
    eof: bool,
    /// A failed read, reported by the next `read`.
    error: Option<Errno>,
    /// A read answered `Pending`.
    waiting: bool,
}

/// Bytes the standard-input thread reads at a time.
const STDIN_CHUNK: usize = 64 * 1024;

impl StdinReader {
    fn start() -> StdinReader {
        // Two chunks in flight at most: memory stays constant however much is piped in.
        let (tx, rx) = mpsc::sync_channel(2);
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            loop {
                let mut buf = vec![0u8; STDIN_CHUNK];
                let r = stdin.read(&mut buf).map(|n| {
                    buf.truncate(n);
                    buf
                });
                let done = !matches!(&r, Ok(b) if !b.is_empty());
                if tx.send(r).is_err() || done {
                    return;
                }
            }
        });
        StdinReader { chunks: rx, buffered: Vec::new(), at: 0, eof: false, error: None, waiting: false }
    }

    fn take(&mut self, r: std::io::Result<Vec<u8>>) {
        match r {
            Ok(b) if b.is_empty() => self.eof = true,
            Ok(b) => {
                self.buffered = b;
                self.at = 0;
            }
            Err(e) => self.error = Some(e.into()),
        }
    }

    fn read(&mut self, buf: &mut [u8]) -> IoPoll<HostResult<usize>> {
        if self.at == self.buffered.len() && !self.eof && self.error.is_none() {
            match self.chunks.try_recv() {
                Ok(r) => self.take(r),
                Err(mpsc::TryRecvError::Empty) => {
                    self.waiting = true;
                    return IoPoll::Pending;
                }
                Err(mpsc::TryRecvError::Disconnected) => self.eof = true,
            }
        }
        self.waiting = false;
        if self.at == self.buffered.len() {
            if let Some(e) = self.error.take() {
                return IoPoll::Ready(Err(e));
            }
        }
        let n = (self.buffered.len() - self.at).min(buf.len());
        buf[..n].copy_from_slice(&self.buffered[self.at..self.at + n]);
        self.at += n;
        IoPoll::Ready(Ok(n))
    }

    fn wait(&mut self, timeout: Option<Duration>) -> bool {
        if !self.waiting {
            return false;
        }
        let r = match timeout {
            None => self.chunks.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
            Some(t) => self.chunks.recv_timeout(t),
        };
        match r {
            Ok(r) => self.take(r),
            Err(mpsc::RecvTimeoutError::Timeout) => return false,
            Err(mpsc::RecvTimeoutError::Disconnected) => self.eof = true,
        }
        self.waiting = false;
        true
    }
}

/// The real operating system. The environment is the process's at start,
/// kept here (so `Setenv` never mutates the process's own, shared state) and
/// handed to child processes.
pub struct OsHost {
    args: Vec<String>,
    start: Instant,
    env: Vec<(Vec<u8>, Vec<u8>)>,
    files: HashMap<i64, OsFile>,
    next_fd: i64,
    stdin: Option<StdinReader>,
    rng: u64,
}

impl OsHost {
    /// The real OS, with `args` as `os.Args`.
    pub fn new(args: Vec<String>) -> OsHost {
        use std::os::unix::ffi::OsStringExt;
        let env = std::env::vars_os().map(|(k, v)| (k.into_vec(), v.into_vec())).collect();
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) ^ (std::process::id() as u64) << 32;
        OsHost { args, start: Instant::now(), env, files: HashMap::new(), next_fd: 3, stdin: None, rng: seed | 1 }
    }

    fn file(&mut self, fd: i64) -> HostResult<&mut OsFile> {
        self.files.get_mut(&fd).ok_or(Errno::EBADF)
    }
}

impl Host for OsHost {
    fn monotonic_nanos(&self) -> i64 {
        self.start.elapsed().as_nanos() as i64
    }

    fn wall_clock(&self) -> (i64, i64) {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
            Err(e) => {
                let d = e.duration();
                let (s, n) = (d.as_secs() as i64, d.subsec_nanos() as i64);
                if n == 0 {
                    (-s, 0)
                } else {
                    (-s - 1, 1_000_000_000 - n)
                }
            }
        }
    }

    fn random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    fn args(&self) -> &[String] {
        &self.args
    }

    fn getpid(&self) -> i64 {
        std::process::id() as i64
    }

    fn hostname(&self) -> HostResult<Vec<u8>> {
        let name = std::fs::read("/proc/sys/kernel/hostname")?;
        Ok(name.strip_suffix(b"\n").unwrap_or(&name).to_vec())
    }

    fn env_get(&self, key: &[u8]) -> Option<Vec<u8>> {
        self.env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    fn env_set(&mut self, key: &[u8], value: &[u8]) -> HostResult<()> {
        if key.is_empty() || key.contains(&b'=') || key.contains(&0) || value.contains(&0) {
            return Err(Errno::EINVAL);
        }
        match self.env.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value.to_vec(),
            None => self.env.push((key.to_vec(), value.to_vec())),
        }
        Ok(())
    }

    fn env_unset(&mut self, key: &[u8]) {
        self.env.retain(|(k, _)| k != key);
    }

    fn env_list(&self) -> Vec<Vec<u8>> {
        self.env.iter().map(|(k, v)| [k.as_slice(), b"=", v.as_slice()].concat()).collect()
    }

    fn getwd(&self) -> HostResult<Vec<u8>> {
        Ok(path_bytes(&std::env::current_dir()?))
    }

    fn chdir(&mut self, path: &[u8]) -> HostResult<()> {
        Ok(std::env::set_current_dir(os_path(path)?)?)
    }

    fn open(&mut self, path: &[u8], flags: i64, perm: u32) -> HostResult<i64> {
        use open_flags::*;
        use std::os::unix::fs::OpenOptionsExt;
        let p = os_path(path)?;
        let mut o = std::fs::OpenOptions::new();
        match flags & O_ACCMODE {
            O_RDONLY => o.read(true),
            O_WRONLY => o.write(true),
            O_RDWR => o.read(true).write(true),
            _ => return Err(Errno::EINVAL),
        };
        // Flags Rust's OpenOptions would refuse in some combinations go to the OS as they are.
        let mut extra = 0;
        if flags & O_APPEND != 0 {
            extra |= O_APPEND;
        }
        if flags & O_TRUNC != 0 {
            extra |= O_TRUNC;
        }
        if flags & O_CREATE != 0 {
            extra |= O_CREATE;
        }
        if flags & O_EXCL != 0 {
            extra |= O_EXCL;
        }
        if flags & O_DIRECTORY != 0 {
            extra |= O_DIRECTORY;
        }
        o.custom_flags(extra as i32).mode(os_mode(perm));
        let file = o.open(p)?;
        let fd = self.next_fd;
        self.next_fd += 1;
        self.files.insert(fd, OsFile { file, path: p.to_path_buf() });
        Ok(fd)
    }

    fn read(&mut self, fd: i64, buf: &mut [u8]) -> IoPoll<HostResult<usize>> {
        if fd == STDIN {
            return self.stdin.get_or_insert_with(StdinReader::start).read(buf);
        }
        IoPoll::Ready(self.file(fd).and_then(|f| Ok(f.file.read(buf)?)))
    }

    fn read_at(&mut self, fd: i64, buf: &mut [u8], offset: i64) -> HostResult<usize> {
        use std::os::unix::fs::FileExt;
        if offset < 0 {
            return Err(Errno::EINVAL);
        }
        Ok(self.file(fd)?.file.read_at(buf, offset as u64)?)
    }

    fn write(&mut self, fd: i64, bytes: &[u8]) -> HostResult<usize> {
        let f = self.file(fd)?;
        f.file.write_all(bytes)?;
        Ok(bytes.len())
    }

    fn write_at(&mut self, fd: i64, bytes: &[u8], offset: i64) -> HostResult<usize> {
        use std::os::unix::fs::FileExt;
        if offset < 0 {
            return Err(Errno::EINVAL);
        }
        self.file(fd)?.file.write_all_at(bytes, offset as u64)?;
        Ok(bytes.len())
    }

    fn seek(&mut self, fd: i64, offset: i64, whence: i64) -> HostResult<i64> {
        let pos = match whence {
            0 if offset >= 0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(Errno::EINVAL),
        };
        Ok(self.file(fd)?.file.seek(pos)? as i64)
    }

    fn close(&mut self, fd: i64) -> HostResult<()> {
        self.files.remove(&fd).map(drop).ok_or(Errno::EBADF)
    }

    fn fstat(&mut self, fd: i64) -> HostResult<FileMeta> {
        Ok(file_meta(&self.file(fd)?.file.metadata()?))
    }

    fn truncate_fd(&mut self, fd: i64, size: i64) -> HostResult<()> {
        if size < 0 {
            return Err(Errno::EINVAL);
        }
        Ok(self.file(fd)?.file.set_len(size as u64)?)
    }

    fn sync(&mut self, fd: i64) -> HostResult<()> {
        Ok(self.file(fd)?.file.sync_all()?)
    }

    fn read_dir_fd(&mut self, fd: i64) -> HostResult<Vec<DirEntryMeta>> {
        let f = self.file(fd)?;
        if !f.file.metadata()?.is_dir() {
            return Err(Errno::ENOTDIR);
        }
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&f.path)? {
            let entry = entry?;
            out.push(DirEntryMeta { name: path_bytes(std::path::Path::new(&entry.file_name())), mode_type: type_bits(entry.file_type()?) });
        }
        Ok(out)
    }

    fn stat(&mut self, path: &[u8]) -> HostResult<FileMeta> {
        Ok(file_meta(&std::fs::metadata(os_path(path)?)?))
    }

    fn lstat(&mut self, path: &[u8]) -> HostResult<FileMeta> {
        Ok(file_meta(&std::fs::symlink_metadata(os_path(path)?)?))
    }

    fn mkdir(&mut self, path: &[u8], perm: u32) -> HostResult<()> {
        use std::os::unix::fs::DirBuilderExt;
        Ok(std::fs::DirBuilder::new().mode(os_mode(perm)).create(os_path(path)?)?)
    }

    fn unlink(&mut self, path: &[u8]) -> HostResult<()> {
        Ok(std::fs::remove_file(os_path(path)?)?)
    }

    fn rmdir(&mut self, path: &[u8]) -> HostResult<()> {
        Ok(std::fs::remove_dir(os_path(path)?)?)
    }

    fn rename(&mut self, from: &[u8], to: &[u8]) -> HostResult<()> {
        Ok(std::fs::rename(os_path(from)?, os_path(to)?)?)
    }

    fn symlink(&mut self, target: &[u8], link: &[u8]) -> HostResult<()> {
        Ok(std::os::unix::fs::symlink(os_path(target)?, os_path(link)?)?)
    }

    fn link(&mut self, target: &[u8], link: &[u8]) -> HostResult<()> {
        Ok(std::fs::hard_link(os_path(target)?, os_path(link)?)?)
    }

    fn readlink(&mut self, path: &[u8]) -> HostResult<Vec<u8>> {
        Ok(path_bytes(&std::fs::read_link(os_path(path)?)?))
    }

    fn chmod(&mut self, path: &[u8], mode: u32) -> HostResult<()> {
        use std::os::unix::fs::PermissionsExt;
        Ok(std::fs::set_permissions(os_path(path)?, std::fs::Permissions::from_mode(os_mode(mode)))?)
    }

    fn truncate(&mut self, path: &[u8], size: i64) -> HostResult<()> {
        if size < 0 {
            return Err(Errno::EINVAL);
        }
        let f = std::fs::OpenOptions::new().write(true).open(os_path(path)?)?;
        Ok(f.set_len(size as u64)?)
    }

    fn io_pending(&self) -> bool {
        self.stdin.as_ref().is_some_and(|s| s.waiting)
    }

    fn wait_io(&mut self, timeout: Option<Duration>) -> bool {
        self.stdin.as_mut().is_some_and(|s| s.wait(timeout))
    }
}
