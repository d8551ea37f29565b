//! Owns the tests of `OsHost`, the real OS behind the `Host` door: files
//! opened with Go's flags, reads, positioned reads and writes, seeks,
//! metadata in Go's `FileMode` bits, directory listings, the error numbers
//! failures carry, and the program's private copy of the environment.

use crate::host::{mode_bits, open_flags::*, Errno, Host, IoPoll, OsHost};

/// A fresh directory for one test, removed again when the test ends (pass or fail).
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn path(&self) -> Vec<u8> {
        self.0.to_string_lossy().as_bytes().to_vec()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("minigo-host-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

fn join(dir: &[u8], name: &str) -> Vec<u8> {
    [dir, b"/", name.as_bytes()].concat()
}

#[test]
fn files_are_created_written_read_and_sought() {
    let scratch_dir = scratch("files");
    let dir = scratch_dir.path();
    let mut h = OsHost::new(vec!["prog".into()]);
    let path = join(&dir, "a.txt");
    assert_eq!(h.open(&path, O_RDONLY, 0), Err(Errno::ENOENT));
    let fd = h.open(&path, O_RDWR | O_CREATE | O_EXCL, 0o644).unwrap();
    assert_eq!(h.open(&path, O_RDWR | O_CREATE | O_EXCL, 0o644), Err(Errno::EEXIST));
    assert_eq!(h.write(fd, b"hello world"), Ok(11));
    assert_eq!(h.seek(fd, 6, 0), Ok(6));
    let mut buf = [0u8; 16];
    assert_eq!(h.read(fd, &mut buf), IoPoll::Ready(Ok(5)));
    assert_eq!(&buf[..5], b"world");
    assert_eq!(h.read(fd, &mut buf), IoPoll::Ready(Ok(0)));
    assert_eq!(h.read_at(fd, &mut buf[..4], 1), Ok(4));
    assert_eq!(&buf[..4], b"ello");
    let meta = h.fstat(fd).unwrap();
    // The permissions asked for, less the process's umask; a regular file has no type bits.
    assert_eq!((meta.size, meta.mode & !0o644, meta.mode & 0o600), (11, 0, 0o600));
    assert_eq!(h.close(fd), Ok(()));
    assert_eq!(h.close(fd), Err(Errno::EBADF));
    let fd = h.open(&path, O_WRONLY | O_APPEND, 0).unwrap();
    h.write(fd, b"!").unwrap();
    h.close(fd).unwrap();
    assert_eq!(h.stat(&path).unwrap().size, 12);
}

#[test]
fn directories_links_and_errors() {
    let scratch_dir = scratch("dirs");
    let dir = scratch_dir.path();
    let mut h = OsHost::new(Vec::new());
    let sub = join(&dir, "sub");
    h.mkdir(&sub, 0o755).unwrap();
    assert_eq!(h.mkdir(&sub, 0o755), Err(Errno::EEXIST));
    assert!(h.stat(&sub).unwrap().mode & mode_bits::DIR != 0);
    let f = join(&dir, "sub/f");
    let fd = h.open(&f, O_WRONLY | O_CREATE, 0o600).unwrap();
    h.close(fd).unwrap();
    assert_eq!(h.rmdir(&sub), Err(Errno(39))); // ENOTEMPTY
    let link = join(&dir, "l");
    h.symlink(b"sub/f", &link).unwrap();
    assert_eq!(h.readlink(&link).unwrap(), b"sub/f");
    assert!(h.lstat(&link).unwrap().mode & mode_bits::SYMLINK != 0);
    let dfd = h.open(&sub, O_RDONLY, 0).unwrap();
    let entries = h.read_dir_fd(dfd).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].name, b"f");
    h.unlink(&f).unwrap();
    h.rmdir(&sub).unwrap();
    assert_eq!(h.stat(&sub), Err(Errno::ENOENT));
}

#[test]
fn the_environment_is_the_program_s_own_copy() {
    let mut h = OsHost::new(Vec::new());
    h.env_set(b"MINIGO_HOST_TEST", b"1").unwrap();
    assert_eq!(h.env_get(b"MINIGO_HOST_TEST"), Some(b"1".to_vec()));
    assert!(std::env::var_os("MINIGO_HOST_TEST").is_none());
    assert!(h.env_list().iter().any(|e| e == b"MINIGO_HOST_TEST=1"));
    h.env_unset(b"MINIGO_HOST_TEST");
    assert_eq!(h.env_get(b"MINIGO_HOST_TEST"), None);
    assert_eq!(h.env_set(b"A=B", b"1"), Err(Errno::EINVAL));
}
