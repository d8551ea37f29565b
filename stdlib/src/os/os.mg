// Package os is the program's interface to its operating system: files and
// directories, the environment, arguments, the working directory and exit.
// (minigo: every request goes through the VM's host; the natives return an
// errno, 0 for success, and this code builds Go's error values from it.)
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
)

// The errors shared with io/fs; test for them with errors.Is.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

var errPatternHasSeparator = errors.New("pattern contains path separator")

// PathError, FileInfo, FileMode and DirEntry are io/fs's.
type (
	PathError = fs.PathError
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
)

// The bits of a FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags of OpenFile: exactly one of O_RDONLY, O_WRONLY, O_RDWR, or'ed with any of the others.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// oDirectory makes an open fail unless the path is a directory.
const oDirectory = 0x10000

// Whence values of Seek (io.SeekStart and friends say the same).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// The OS's path and path-list separators, and the null device.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// LinkError records an operation on two paths and why it failed.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	paths := e.Old + " " + e.New
	return e.Op + " " + paths + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records which system call failed.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError wraps err with the name of the call (nil stays nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// underlying is the error inside one PathError, LinkError or SyscallError.
func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says a file already exists (looking through
// one PathError, LinkError or SyscallError only, unlike errors.Is).
func IsExist(err error) bool { return underlyingIs(err, oserror.ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, oserror.ErrNotExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return underlyingIs(err, oserror.ErrPermission) }

// IsTimeout reports whether err says a time limit passed.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// File is an open file (or directory, or standard stream).
type File struct {
	fd     int // the host's handle; 1 and 2 are standard output and error
	name   string
	closed bool
	// A directory's listing, read whole on the first ReadDir and handed out from here.
	listed  bool
	entries []DirEntry
}

// Stdin, Stdout and Stderr are the program's standard streams.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Args lists the program's name followed by its command-line arguments.
var Args = runtimeArgs()

// Exit ends the program now with status code; deferred calls do not run.
func Exit(code int)

func runtimeArgs() []string

// The host's requests (errno 0 means success).
func (f *File) hostRead(b []byte) (n int, errno int)
func hostReadAt(fd int, b []byte, off int64) (n int, errno int)
func hostWrite(fd int, b []byte) (n int, errno int)
func hostWriteAt(fd int, b []byte, off int64) (n int, errno int)
func hostSeek(fd int, off int64, whence int) (pos int64, errno int)
func hostClose(fd int) (errno int)
func hostSync(fd int) (errno int)
func hostFtruncate(fd int, size int64) (errno int)
func hostFstat(fd int) (size int64, mode uint32, modSec, modNsec int64, dev, ino uint64, errno int)
func hostStat(name string) (size int64, mode uint32, modSec, modNsec int64, dev, ino uint64, errno int)
func hostLstat(name string) (size int64, mode uint32, modSec, modNsec int64, dev, ino uint64, errno int)
func hostReadDir(fd int) (names []string, types []uint32, errno int)
func hostOpen(name string, flag int, perm uint32) (fd int, errno int)
func hostMkdir(name string, perm uint32) (errno int)
func hostUnlink(name string) (errno int)
func hostRmdir(name string) (errno int)
func hostRename(from, to string) (errno int)
func hostSymlink(target, link string) (errno int)
func hostLink(target, link string) (errno int)
func hostReadlink(name string) (target string, errno int)
func hostChmod(name string, mode uint32) (errno int)
func hostTruncate(name string, size int64) (errno int)
func hostGetwd() (dir string, errno int)
func hostChdir(dir string) (errno int)
func hostHostname() (name string, errno int)
func hostRandom() uint64
func hostGetenv(key string) (value string, found bool)
func hostSetenv(key, value string) (errno int)
func hostUnsetenv(key string)
func hostEnviron() []string

// Getpid returns the process id.
func Getpid() int

// pathErr is the *PathError for errno e (nil for 0).
func pathErr(op, path string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: path, Err: syscall.Errno(e)}
}

// usable is the error of using f when it is nil or closed.
func (f *File) usable(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// negativeOffset is the error of ReadAt and WriteAt at an offset below 0.
func negativeOffset() error { return errors.New("negative offset") }

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Read reads up to len(b) bytes; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if bad := f.usable("read"); bad != nil {
		return 0, bad
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := f.hostRead(b)
	if e != 0 {
		return 0, pathErr("read", f.name, e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes at offset off (not moving the file's offset);
// fewer bytes means an error, io.EOF at the end of the file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if bad := f.usable("read"); bad != nil {
		return 0, bad
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: negativeOffset()}
	}
	for len(b) > 0 {
		m, e := hostReadAt(f.fd, b, off)
		if e != 0 {
			err = pathErr("read", f.name, e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes b whole, or reports why it could not.
func (f *File) Write(b []byte) (n int, err error) {
	if bad := f.usable("write"); bad != nil {
		return 0, bad
	}
	n, e := hostWrite(f.fd, b)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	return n, nil
}

// WriteString writes the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes b at offset off (not allowed on a file opened with O_APPEND).
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if bad := f.usable("write"); bad != nil {
		return 0, bad
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: negativeOffset()}
	}
	n, e := hostWriteAt(f.fd, b, off)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	return n, nil
}

// Seek moves the file's offset (whence: io.SeekStart, io.SeekCurrent, io.SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if bad := f.usable("seek"); bad != nil {
		return 0, bad
	}
	pos, e := hostSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, pathErr("seek", f.name, e)
	}
	f.listed, f.entries = false, nil
	return pos, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.fd <= 2 {
		return nil
	}
	return pathErr("close", f.name, hostClose(f.fd))
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if bad := f.usable("sync"); bad != nil {
		return bad
	}
	return pathErr("sync", f.name, hostSync(f.fd))
}

// Truncate changes the file's size.
func (f *File) Truncate(size int64) error {
	if bad := f.usable("truncate"); bad != nil {
		return bad
	}
	return pathErr("truncate", f.name, hostFtruncate(f.fd, size))
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modSec  int64
	modNsec int64
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string     { return fs.name }
func (fs *fileStat) Size() int64      { return fs.size }
func (fs *fileStat) Mode() FileMode   { return fs.mode }
func (fs *fileStat) IsDir() bool      { return fs.mode.IsDir() }

// SameFile reports whether two FileInfos of Stat or Lstat describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// basename is the last element of name, trailing slashes ignored.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func newFileStat(name string, size int64, mode uint32, modSec, modNsec int64, dev, ino uint64) *fileStat {
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modSec: modSec, modNsec: modNsec, dev: dev, ino: ino}
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	size, mode, s, ns, dev, ino, e := hostFstat(f.fd)
	if e != 0 {
		return nil, pathErr("stat", f.name, e)
	}
	return newFileStat(f.name, size, mode, s, ns, dev, ino), nil
}

// Stat describes the file name, following symbolic links.
func Stat(name string) (FileInfo, error) {
	size, mode, s, ns, dev, ino, e := hostStat(name)
	if e != 0 {
		return nil, pathErr("stat", name, e)
	}
	return newFileStat(name, size, mode, s, ns, dev, ino), nil
}

// Lstat describes the file name; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	size, mode, s, ns, dev, ino, e := hostLstat(name)
	if e != 0 {
		return nil, pathErr("lstat", name, e)
	}
	return newFileStat(name, size, mode, s, ns, dev, ino), nil
}

// dirEntry is one entry of a listing (its FileInfo is read on demand).
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string    { return d.name }
func (d *dirEntry) IsDir() bool     { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode  { return d.typ }
func (d *dirEntry) String() string  { return fs.FormatDirEntry(d) }

func (d *dirEntry) Info() (FileInfo, error) {
	full := d.parent + "/" + d.name
	return Lstat(full)
}

// ReadDir returns the next n entries of the directory, in the file
// system's order; n <= 0 returns all that are left (and a nil error at the
// end), n > 0 at most n with io.EOF once none are left.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if bad := f.usable("readdir"); bad != nil {
		return nil, bad
	}
	if !f.listed {
		names, types, e := hostReadDir(f.fd)
		if e != 0 {
			return nil, pathErr("readdirent", f.name, e)
		}
		f.listed = true
		f.entries = make([]DirEntry, len(names))
		for i, name := range names {
			f.entries[i] = &dirEntry{parent: f.name, name: name, typ: FileMode(types[i])}
		}
	}
	if n <= 0 {
		out := f.entries
		f.entries = nil
		if out == nil {
			out = []DirEntry{}
		}
		return out, nil
	}
	if len(f.entries) == 0 {
		return nil, io.EOF
	}
	if n > len(f.entries) {
		n = len(f.entries)
	}
	out := f.entries[:n:n]
	f.entries = f.entries[n:]
	return out, nil
}

// Readdirnames returns the names of the next n entries (as ReadDir).
func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.ReadDir(n)
	names = make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, err
}

// Readdir returns the FileInfo of the next n entries (as ReadDir).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(entries))
	for _, e := range entries {
		info, ierr := e.Info()
		if ierr != nil {
			if IsNotExist(ierr) {
				continue
			}
			return infos, ierr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// OpenFile opens name with flag (O_RDONLY, O_CREATE|O_WRONLY, …); perm
// (before the umask) applies when the file is created.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := hostOpen(name, flag, uint32(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates name (mode 0666 before the umask) for reading and writing.
func Create(name string) (*File, error) {
	const flags = O_RDWR | O_CREATE | O_TRUNC
	return OpenFile(name, flags, 0666)
}

// ReadFile returns the whole contents of name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var statSize int64
	if info, err := f.Stat(); err == nil {
		statSize = info.Size()
	}
	// Room for the whole file and one more byte (the read that meets EOF),
	// at least 512; a file that claims size 0 (like those of /proc) is read
	// 512 bytes at a time.
	const least = 512
	size := int(statSize) + 1
	if size < least {
		size = least
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if room := cap(data) - len(data); room == 0 || statSize == 0 && room < least {
			data = append(data[:cap(data)], make([]byte, least)...)[:len(data)]
		}
	}
}

// WriteFile writes data to name, creating it with perm (before the umask)
// or truncating it first.
func WriteFile(name string, data []byte, perm FileMode) error {
	const flags = O_WRONLY | O_CREATE | O_TRUNC
	f, err := OpenFile(name, flags, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ReadDir lists the directory name, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|oDirectory, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && entries[j].Name() < entries[j-1].Name(); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	return entries, err
}

// Mkdir creates the directory name with perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, hostMkdir(name, uint32(perm)))
}

// MkdirAll creates the directory path and every missing parent; a path
// that already is a directory is fine.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, int(syscall.ENOTDIR))
	}
	// The parent: drop trailing slashes, then the last element.
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	start := end
	for start > 0 && path[start-1] != '/' {
		start--
	}
	if start > 1 {
		if err := MkdirAll(path[:start-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone else may have made it meanwhile (or it is "path/.").
		if info, lerr := Lstat(path); lerr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	e := hostUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := hostRmdir(name)
	if e1 == 0 {
		return nil
	}
	// rmdir of a file says ENOTDIR: then unlink's error is the real one.
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return pathErr("remove", name, e)
}

// RemoveAll removes path and everything under it; a missing path is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || hasDotEnd(path) {
		return pathErr("RemoveAll", path, int(syscall.EINVAL))
	}
	if e := hostUnlink(path); e == 0 || syscall.Errno(e) == syscall.ENOENT {
		return nil
	}
	info, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if !info.IsDir() {
		return Remove(path)
	}
	f, err := Open(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	var first error
	for _, n := range names {
		if err := RemoveAll(path + "/" + n); err != nil && first == nil {
			first = err
		}
	}
	e := hostRmdir(path)
	if e == 0 || syscall.Errno(e) == syscall.ENOENT {
		return first
	}
	if first != nil {
		return first
	}
	return pathErr("unlinkat", path, e)
}

// hasDotEnd reports whether path's last element is "." or "..".
func hasDotEnd(path string) bool {
	end := len(path)
	for end > 1 && path[end-1] == '/' {
		end--
	}
	last := basename(path[:end])
	return last == "." || last == ".."
}

// Rename moves oldpath to newpath, replacing a file there (not a directory).
func Rename(oldpath, newpath string) error {
	if info, err := Lstat(newpath); err == nil && info.IsDir() {
		oldInfo, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{"rename", oldpath, newpath, underlying(err)}
		}
		if newpath == oldpath || !SameFile(info, oldInfo) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := hostRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := hostSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if e := hostLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns where the symbolic link name points.
func Readlink(name string) (string, error) {
	target, e := hostReadlink(name)
	if e != 0 {
		return "", pathErr("readlink", name, e)
	}
	return target, nil
}

// Chmod sets the mode of name (permissions, setuid, setgid, sticky).
func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, hostChmod(name, uint32(mode)))
}

// Chmod sets the mode of the open file.
func (f *File) Chmod(mode FileMode) error {
	if bad := f.usable("chmod"); bad != nil {
		return bad
	}
	return pathErr("chmod", f.name, hostChmod(f.name, uint32(mode)))
}

// Truncate changes the size of the file name.
func Truncate(name string, size int64) error {
	return pathErr("truncate", name, hostTruncate(name, size))
}

// Getwd returns the working directory ($PWD when it names the same directory).
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		if d, err := Stat(pwd); err == nil && SameFile(dot, d) {
			return pwd, nil
		}
	}
	wd, e := hostGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return wd, nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	return pathErr("chdir", dir, hostChdir(dir))
}

// Hostname returns the host's name.
func Hostname() (name string, err error) {
	name, e := hostHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(e))
	}
	return name, nil
}

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// splitPattern splits a temporary-name pattern at its last "*".
func splitPattern(pattern string) (prefix, suffix string, err error) {
	for _, c := range []byte(pattern) {
		if c == '/' {
			err = errPatternHasSeparator
			return
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func uitoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	return string(b)
}

// CreateTemp creates a new file in dir (TempDir() when empty) whose name
// is pattern with a random number in place of its last "*" (or appended),
// open for reading and writing with mode 0600.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return nil, &PathError{"createtemp", pattern, err}
	}
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		prefix = dir + prefix
	} else {
		prefix = dir + "/" + prefix
	}
	for try := 0; ; try++ {
		name := prefix + uitoa(hostRandom()&0xffffffff) + suffix
		const flags = O_RDWR | O_CREATE | O_EXCL
		f, err := OpenFile(name, flags, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir() when empty) named
// as CreateTemp names files, with mode 0700, and returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return "", &PathError{"mkdirtemp", pattern, err}
	}
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		prefix = dir + prefix
	} else {
		prefix = dir + "/" + prefix
	}
	for try := 0; ; try++ {
		name := prefix + uitoa(hostRandom()&0xffffffff) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsNotExist(err) {
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", serr
			}
		}
		return "", err
	}
}

// Getenv returns the value of the environment variable key ("" when unset).
func Getenv(key string) string {
	v, _ := hostGetenv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return hostGetenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if e := hostSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", syscall.Errno(e))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	hostUnsetenv(key)
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	for _, kv := range hostEnviron() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' && i > 0 {
				hostUnsetenv(kv[:i])
				break
			}
		}
	}
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	return hostEnviron()
}

// ExpandEnv replaces $var and ${var} in s by the variables' values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var). A name is a run
// of letters, digits and underscores, or one special character (one of
// *#$@!?- or a digit); a bad ${...} disappears; a lone "$" stays.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// Bytes before i are handled; s[done:i] is copied lazily.
	done := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, len(s)*2)
		}
		buf = append(buf, s[done:j]...)
		name, width := shellName(s[j+1:])
		if name == "" && width > 0 {
			// A bad ${...}: dropped.
		} else if name == "" {
			// "$" followed by nothing usable: kept as is.
			buf = append(buf, s[j])
		} else {
			value := mapping(name)
			buf = append(buf, value...)
		}
		j += width
		done = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

func isShellSpecial(c byte) bool {
	if '0' <= c && c <= '9' {
		return true
	}
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return false
}

func isAlphaNum(c byte) bool {
	switch {
	case c == '_', '0' <= c && c <= '9', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		return true
	}
	return false
}

// shellName reads the variable name at the start of s (after a "$") and
// how many bytes it spans.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}": bad
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: bad
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// DirFS returns the file system of the tree rooted at dir: names are
// slash-separated and relative (fs.ValidPath), errors name them as given.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// emptyRoot is the (new each time) error of a DirFS("") lookup.
func emptyRoot() error {
	const text = "os: DirFS with empty root"
	return errors.New(text)
}

// resolve is the OS path of name in the tree, or why there is none.
func (dir dirFS) resolve(name string) (string, error) {
	if dir == "" {
		return "", emptyRoot()
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for _, c := range []byte(name) {
		if c == 0 {
			return "", ErrInvalid
		}
	}
	root := string(dir)
	if root[len(root)-1] != '/' {
		root += "/"
	}
	return root + name, nil
}

// asGiven makes a *PathError of the OS name the tree's name instead.
func asGiven(err error, name string) error {
	if named, ok := err.(*PathError); ok {
		named.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.resolve(name)
	if err != nil {
		return nil, &PathError{"open", name, err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, asGiven(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.resolve(name)
	if err != nil {
		return nil, &PathError{"readfile", name, err}
	}
	data, err := ReadFile(full)
	if err != nil {
		return nil, asGiven(err, name)
	}
	return data, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.resolve(name)
	if err != nil {
		return nil, &PathError{"readdir", name, err}
	}
	list, err := ReadDir(full)
	if err != nil {
		return nil, asGiven(err, name)
	}
	return list, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.resolve(name)
	if err != nil {
		return nil, &PathError{"stat", name, err}
	}
	info, err := Stat(full)
	if err != nil {
		return nil, asGiven(err, name)
	}
	return info, nil
}
