//! Owns the natives of package `os` (and `syscall.Errno`'s text): thin
//! wrappers that hand each request to the VM's `Host` and give back its
//! result with an errno number (0 = success). The Go-level behaviour — error
//! values such as `*fs.PathError`, `io.EOF`, closed files, `MkdirAll`'s walk,
//! `Remove`'s choice of error — is minigo code in `os/os.mg` over these.
//! `os.File{fd int; …}`: field 0 is the host's handle; handles 1 and 2 are
//! the VM's standard output and error. Must not know the OS itself.

use crate::glue::{self, int_arg, str_arg};
use minigo_vm::host::FileMeta;
use minigo_vm::{Errno, HostResult, IoPoll, NativeCtx, NativeRegistry, NativeStep, Value, WaitReason};

/// `errno` of a result: 0 on success.
fn errno<T>(r: &HostResult<T>) -> i64 {
    match r {
        Ok(_) => 0,
        Err(Errno(n)) => *n as i64,
    }
}

fn ret_errno(r: HostResult<()>) -> NativeStep {
    NativeStep::one(Value::Int(errno(&r)))
}

fn ret_int(r: HostResult<i64>) -> NativeStep {
    let e = errno(&r);
    glue::ret([Value::Int(r.unwrap_or(0)), Value::Int(e)])
}

fn ret_bytes(ctx: &mut NativeCtx, r: HostResult<Vec<u8>>) -> NativeStep {
    let e = errno(&r);
    let s = glue::string(ctx, &r.unwrap_or_default());
    glue::ret([s, Value::Int(e)])
}

/// The bytes of a `[]byte` argument's elements, written back by `store_bytes`.
fn byte_slice_len(ctx: &NativeCtx, v: Value) -> usize {
    ctx.heap.slice_elems(v).len()
}

/// Writes `bytes` over the first elements of the `[]byte` value `slice`.
fn store_bytes(ctx: &mut NativeCtx, slice: Value, bytes: &[u8]) {
    let Value::Slice(r) = slice else { return };
    let h = ctx.heap.slice_header(r);
    let dst = ctx.heap.agg_mut(h.arr);
    for (d, &b) in dst[h.off as usize..].iter_mut().zip(bytes) {
        *d = Value::Int(b as i64);
    }
}

/// The host handle in field 0 of the `*os.File` receiver, with the struct.
fn file_handle(ctx: &NativeCtx, recv: Value) -> Option<(minigo_vm::ObjRef, i64)> {
    let f = glue::receiver_struct(ctx.heap, recv)?;
    Some((f, ctx.heap.agg(f).first().map_or(-1, |v| v.as_int())))
}

/// `func (f *File) hostRead(b []byte) (n int, errno int)`: parks the
/// goroutine while the host has nothing to read yet (standard input, pipes).
fn host_read(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let Some((obj, fd)) = file_handle(ctx, glue::arg(args, 0)) else { return glue::nil_deref(ctx) };
    let b = glue::arg(args, 1);
    let len = byte_slice_len(ctx, b);
    READ_SCRATCH.with_borrow_mut(|buf| {
        // One buffer for every read (a fresh one per call cost a malloc and a free).
        buf.resize(len, 0);
        match ctx.host.read(fd, &mut buf[..len]) {
            IoPoll::Pending => NativeStep::Block(WaitReason::IoWait, obj),
            IoPoll::Ready(r) => {
                let n = *r.as_ref().unwrap_or(&0);
                store_bytes(ctx, b, &buf[..n]);
                ret_int(r.map(|n| n as i64))
            }
        }
    })
}

thread_local! {
    /// The bytes of the last `hostRead`, before they are stored into the `[]byte`.
    static READ_SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `func hostReadAt(fd int, b []byte, off int64) (n int, errno int)`.
fn host_read_at(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let b = glue::arg(args, 1);
    let mut buf = vec![0u8; byte_slice_len(ctx, b)];
    let r = ctx.host.read_at(int_arg(args, 0), &mut buf, int_arg(args, 2));
    let n = *r.as_ref().unwrap_or(&0);
    store_bytes(ctx, b, &buf[..n]);
    ret_int(r.map(|n| n as i64))
}

/// `func hostWrite(fd int, b []byte) (n int, errno int)`: 1 and 2 are the VM's output.
fn host_write(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let fd = int_arg(args, 0);
    let bytes = glue::bytes_of(ctx.heap, glue::arg(args, 1));
    let r = match fd {
        1 => {
            ctx.out.write_stdout(&bytes);
            Ok(bytes.len())
        }
        2 => {
            ctx.out.write_stderr(&bytes);
            Ok(bytes.len())
        }
        _ => ctx.host.write(fd, &bytes),
    };
    ret_int(r.map(|n| n as i64))
}

/// `func hostWriteAt(fd int, b []byte, off int64) (n int, errno int)`.
fn host_write_at(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let bytes = glue::bytes_of(ctx.heap, glue::arg(args, 1));
    let r = ctx.host.write_at(int_arg(args, 0), &bytes, int_arg(args, 2));
    ret_int(r.map(|n| n as i64))
}

fn host_seek(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = ctx.host.seek(int_arg(args, 0), int_arg(args, 1), int_arg(args, 2));
    ret_int(r)
}

fn host_close(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    ret_errno(ctx.host.close(int_arg(args, 0)))
}

fn host_sync(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    ret_errno(ctx.host.sync(int_arg(args, 0)))
}

fn host_ftruncate(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    ret_errno(ctx.host.truncate_fd(int_arg(args, 0), int_arg(args, 1)))
}

/// `(size int64, mode uint32, modSec, modNsec int64, dev, ino uint64, errno int)`.
fn ret_meta(r: HostResult<FileMeta>) -> NativeStep {
    let e = errno(&r);
    let m = r.unwrap_or(FileMeta { size: 0, mode: 0, mod_sec: 0, mod_nsec: 0, dev: 0, ino: 0 });
    glue::ret([m.size, m.mode as i64, m.mod_sec, m.mod_nsec, m.dev as i64, m.ino as i64, e].map(Value::Int))
}

fn host_fstat(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    ret_meta(ctx.host.fstat(int_arg(args, 0)))
}

fn host_stat(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_meta(ctx.host.stat(&p))
}

fn host_lstat(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_meta(ctx.host.lstat(&p))
}

/// `func hostReadDir(fd int) (names []string, types []uint32, errno int)`.
fn host_read_dir(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let r = ctx.host.read_dir_fd(int_arg(args, 0));
    let e = errno(&r);
    let entries = r.unwrap_or_default();
    let types: Vec<Value> = entries.iter().map(|d| Value::Int(d.mode_type as i64)).collect();
    let names = glue::string_slice(ctx, entries.into_iter().map(|d| d.name).collect());
    let types = ctx.heap.alloc_slice(types);
    glue::ret([names, types, Value::Int(e)])
}

fn host_open(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    let r = ctx.host.open(&p, int_arg(args, 1), int_arg(args, 2) as u32);
    ret_int(r)
}

fn host_mkdir(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.mkdir(&p, int_arg(args, 1) as u32))
}

fn host_unlink(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.unlink(&p))
}

fn host_rmdir(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.rmdir(&p))
}

fn host_rename(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (a, b) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    ret_errno(ctx.host.rename(&a, &b))
}

fn host_symlink(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (a, b) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    ret_errno(ctx.host.symlink(&a, &b))
}

fn host_link(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (a, b) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    ret_errno(ctx.host.link(&a, &b))
}

fn host_readlink(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    let r = ctx.host.readlink(&p);
    ret_bytes(ctx, r)
}

fn host_chmod(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.chmod(&p, int_arg(args, 1) as u32))
}

fn host_truncate(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.truncate(&p, int_arg(args, 1)))
}

fn host_getwd(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    let r = ctx.host.getwd();
    ret_bytes(ctx, r)
}

fn host_chdir(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let p = str_arg(ctx, args, 0);
    ret_errno(ctx.host.chdir(&p))
}

fn host_hostname(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    let r = ctx.host.hostname();
    ret_bytes(ctx, r)
}

fn getpid(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(ctx.host.getpid()))
}

fn host_random(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(ctx.host.random() as i64))
}

/// `func hostGetenv(key string) (value string, found bool)`.
fn host_getenv(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let k = str_arg(ctx, args, 0);
    let v = ctx.host.env_get(&k);
    let found = v.is_some();
    let s = glue::string(ctx, &v.unwrap_or_default());
    glue::ret([s, Value::Bool(found)])
}

fn host_setenv(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let (k, v) = (str_arg(ctx, args, 0), str_arg(ctx, args, 1));
    ret_errno(ctx.host.env_set(&k, &v))
}

fn host_unsetenv(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let k = str_arg(ctx, args, 0);
    ctx.host.env_unset(&k);
    NativeStep::unit()
}

fn environ(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    let list = ctx.host.env_list();
    let v = glue::string_slice(ctx, list);
    NativeStep::one(v)
}

fn exit(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::Exit(int_arg(args, 0) as i32)
}

/// `func runtimeArgs() []string`: the program's `os.Args`.
fn runtime_args(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    let items: Vec<Vec<u8>> = ctx.host.args().iter().map(|a| a.as_bytes().to_vec()).collect();
    let v = glue::string_slice(ctx, items);
    NativeStep::one(v)
}

/// `syscall.Errno.Error`: Linux's message for the number, as Go words it.
fn errno_error(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    let n = int_arg(args, 0);
    let text = match crate::os::errno_text(n) {
        Some(t) => t.to_string(),
        None => format!("errno {n}"),
    };
    glue::ret_str(ctx, text.as_bytes())
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("os.Exit", exit),
        ("os.runtimeArgs", runtime_args),
        ("os.(*File).hostRead", host_read),
        ("os.hostReadAt", host_read_at),
        ("os.hostWrite", host_write),
        ("os.hostWriteAt", host_write_at),
        ("os.hostSeek", host_seek),
        ("os.hostClose", host_close),
        ("os.hostSync", host_sync),
        ("os.hostFtruncate", host_ftruncate),
        ("os.hostFstat", host_fstat),
        ("os.hostStat", host_stat),
        ("os.hostLstat", host_lstat),
        ("os.hostReadDir", host_read_dir),
        ("os.hostOpen", host_open),
        ("os.hostMkdir", host_mkdir),
        ("os.hostUnlink", host_unlink),
        ("os.hostRmdir", host_rmdir),
        ("os.hostRename", host_rename),
        ("os.hostSymlink", host_symlink),
        ("os.hostLink", host_link),
        ("os.hostReadlink", host_readlink),
        ("os.hostChmod", host_chmod),
        ("os.hostTruncate", host_truncate),
        ("os.hostGetwd", host_getwd),
        ("os.hostChdir", host_chdir),
        ("os.hostHostname", host_hostname),
        ("os.Getpid", getpid),
        ("os.hostRandom", host_random),
        ("os.hostGetenv", host_getenv),
        ("os.hostSetenv", host_setenv),
        ("os.hostUnsetenv", host_unsetenv),
        ("os.hostEnviron", environ),
        ("syscall.Errno.Error", errno_error),
    ];
    for (name, f) in table {
        r.register(*name, *f);
    }
}
