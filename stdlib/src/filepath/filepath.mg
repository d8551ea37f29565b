// Package filepath manipulates the OS's file names (on Unix: slash-separated,
// with path's lexical rules) and walks directory trees.
package filepath

import (
	"errors"
	"io/fs"
	"os"
)

// The OS's path and path-list separators.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll steer a walk (see WalkFunc and fs.WalkDirFunc).
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean returns the shortest path naming the same file by lexical rules.
func Clean(path string) string

// Split splits path after its last separator into directory and file.
func Split(path string) (dir, file string)

// Join joins the non-empty elements with separators and cleans the result.
func Join(elem ...string) string

// Base returns path's last element ("." for an empty path, "/" for slashes only).
func Base(path string) string

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string

// Ext returns the extension of path's last element.
func Ext(path string) string

// IsAbs reports whether path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// VolumeName returns the volume of path: none on Unix.
func VolumeName(path string) string { return "" }

// ToSlash converts separators to slashes (nothing to do on Unix).
func ToSlash(path string) string { return path }

// FromSlash converts slashes to separators (nothing to do on Unix).
func FromSlash(path string) string { return path }

// SplitList splits a PATH-like list at the list separator ([] for "").
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	var parts []string
	from := 0
	for at, c := range []byte(path) {
		if c == ListSeparator {
			parts = append(parts, path[from:at])
			from = at + 1
		}
	}
	return append(parts, path[from:])
}

// IsLocal reports whether path is lexically inside the directory it is
// evaluated in: relative, not empty, and not escaping with "..".
func IsLocal(path string) bool {
	if IsAbs(path) || path == "" {
		return false
	}
	c := Clean(path)
	if c == ".." || len(c) >= 3 && c[:3] == "../" {
		return false
	}
	return true
}

// Abs returns an absolute form of path, joined to the working directory
// when relative.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Rel returns a relative path that leads from basepath to targpath, lexically;
// it fails when one is absolute and the other not, or when basepath climbs
// out through "..".
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseAbs := len(base) > 0 && base[0] == '/'
	targAbs := len(targ) > 0 && targ[0] == '/'
	if baseAbs != targAbs {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Walk both to their first differing elements, base[b0:bi] and targ[t0:ti].
	bl, tl := len(base), len(targ)
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// Climb out of what is left of base, then down into the rest of targ.
	up := ".."
	for i := b0; i < bl; i++ {
		if base[i] == '/' {
			up += "/.."
		}
	}
	if t0 != tl {
		up += "/" + targ[t0:]
	}
	return Clean(up), nil
}

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	m, bad := matchPattern(pattern, name)
	if bad {
		return false, ErrBadPattern
	}
	return m, nil
}

func matchPattern(pattern, name string) (matched, bad bool)

func hasMeta(path string) bool {
	for _, c := range []byte(path) {
		switch c {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names of the files matching pattern, in lexical order
// per directory level; I/O errors are ignored, only a malformed pattern is
// an error.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, bad := matchPattern(pattern, ""); bad {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globIn(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// globIn appends to matches the entries of dir matching pattern, sorted.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// readDirNames lists dir's names, sorted.
func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdirnames(-1)
	f.Close()
	names := list
	if err != nil {
		return nil, err
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names, nil
}

// WalkFunc is called by Walk for each file and directory; err is non-nil
// when path could not be described (info nil) or a directory not listed.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the tree at root in lexical order, calling fn for each file
// and directory (a directory before its contents); symbolic links are not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		rootEntry := fs.FileInfoToDirEntry(info)
		err = walkDir(root, rootEntry, fn)
	}
	return finishWalk(err)
}

// finishWalk is a walk's result: SkipDir or SkipAll at the top mean success.
func finishWalk(err error) error {
	switch err {
	case SkipDir, SkipAll:
		return nil
	}
	return err
}

// skippedDir is err, except that SkipDir returned for directory d means d was skipped.
func skippedDir(err error, d fs.DirEntry) error {
	if d.IsDir() && err == SkipDir {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		return skippedDir(err, d)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// Told again, with the listing's error.
		if err = fn(path, d, err); err != nil {
			return skippedDir(err, d)
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the tree at root in lexical order, calling fn with each
// file's FileInfo (from Lstat); symbolic links are not followed.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	return finishWalk(err)
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	children, listErr := readDirNames(path)
	if err := fn(path, info, listErr); listErr != nil || err != nil {
		return err
	}
	for _, name := range children {
		child := Join(path, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(child, childInfo, fn); err != nil {
			if !childInfo.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}
