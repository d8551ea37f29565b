// Package fs names what file systems are made of: file modes, file
// information, directory entries, the errors shared with package os, and
// walking a tree (WalkDir) over any FS.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
)

// The errors every file system reports through errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// SkipDir, returned by a WalkDirFunc, skips the rest of the current
// directory (or, for a directory entry, that whole directory).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk without an error.
var SkipAll = errors.New("skip everything and stop the walk")

// PathError records an operation, the path it was on and why it failed.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error says a time limit passed.
func (e *PathError) Timeout() bool {
	if t, ok := e.Err.(interface{ Timeout() bool }); ok {
		return t.Timeout()
	}
	return false
}

// FileMode holds a file's type and permission bits.
type FileMode uint32

// The type and attribute bits of a FileMode (the permissions are the low 9 bits).
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// String shows the set type bits as letters (or "-" for none) followed by
// the nine permission bits as rwx triples.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var out []byte
	for i, c := range letters {
		if m&(1<<uint(32-1-i)) != 0 {
			out = append(out, byte(c))
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			out = append(out, byte(c))
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir says whether m has the directory bit.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file (no type bit set).
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits of m.
func (m FileMode) Type() FileMode { return m & ModeType }

// FileInfo describes a file (minigo: without ModTime and Sys).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
}

// DirEntry is one entry of a directory listing.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is a File whose directory entries can be listed.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// FS is a tree of files, named by slash-separated paths.
type FS interface {
	Open(name string) (File, error)
}

// ReadDirFS is an FS that lists directories itself.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is an FS that reads whole files itself.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadFile returns the contents of the file name of fsys (through its own
// ReadFile when it has one).
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var data []byte
	chunk := make([]byte, 512)
	for {
		n, err := f.Read(chunk)
		data = append(data, chunk[:n]...)
		if err != nil {
			if err == io.EOF {
				return data, nil
			}
			return data, err
		}
	}
}

// StatFS is an FS that describes files itself.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// ValidPath reports whether name is a path an FS accepts: unrooted,
// slash-separated, without empty, "." or ".." elements (except "." alone).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	rest := name
	for {
		end := 0
		for end < len(rest) && rest[end] != '/' {
			end++
		}
		switch rest[:end] {
		case "", ".", "..":
			return false
		}
		if end == len(rest) {
			return true
		}
		rest = rest[end+1:]
	}
}

// Stat describes the file name of fsys (through its own Stat when it has one).
func Stat(fsys FS, name string) (FileInfo, error) {
	if s, ok := fsys.(StatFS); ok {
		return s.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ReadDir lists the directory name of fsys, sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if r, ok := fsys.(ReadDirFS); ok {
		return r.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		missing := errors.New("not implemented")
		return nil, &PathError{Op: "readdir", Path: name, Err: missing}
	}
	list, err := dir.ReadDir(-1)
	sortEntries(list)
	return list, err
}

// sortEntries orders entries by name (insertion sort: listings are short).
func sortEntries(list []DirEntry) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Name() < list[j-1].Name(); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// WalkDirFunc is called for each file or directory WalkDir visits; err is
// non-nil when the root could not be described or a directory not listed.
type WalkDirFunc func(path string, d DirEntry, err error) error

// statEntry is a DirEntry made from a FileInfo (the walk's root).
type statEntry struct {
	info FileInfo
}

func (d *statEntry) Name() string               { return d.info.Name() }
func (d *statEntry) IsDir() bool                { return d.info.IsDir() }
func (d *statEntry) Type() FileMode             { return d.info.Mode().Type() }
func (d *statEntry) Info() (FileInfo, error)    { return d.info, nil }
func (d *statEntry) String() string             { return FormatDirEntry(d) }

// FileInfoToDirEntry returns a DirEntry describing info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statEntry{info: info}
}

// FormatDirEntry shows an entry as its type bits and name ("d dir/", "- f").
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	t := dir.Type().String()
	// Only the type letters: drop the nine permission characters.
	t = t[:len(t)-9]
	if t == "" {
		t = "-"
	}
	s := t + " " + name
	if dir.IsDir() {
		s += "/"
	}
	return s
}

// WalkDir walks the tree of fsys rooted at root, calling fn for each file
// and directory in lexical order (a directory before its contents).
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		rootEntry := FileInfoToDirEntry(info)
		err = walkDir(fsys, root, rootEntry, fn)
	}
	switch err {
	case SkipDir, SkipAll:
		return nil
	}
	return err
}

// skipped is err, except that SkipDir returned for directory d means d was skipped.
func skipped(err error, d DirEntry) error {
	if d.IsDir() && err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		return skipped(err, d)
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		// Second call for the directory, with the listing's error.
		if err = fn(name, d, err); err != nil {
			return skipped(err, d)
		}
	}
	for _, e := range entries {
		if err := walkDir(fsys, path.Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}
