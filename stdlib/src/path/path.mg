// Package path manipulates slash-separated paths (URLs, io/fs names);
// package path/filepath does the same for the OS's file names.
package path

import "errors"

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path naming the same file, by lexical rules
// alone: one slash for many, no "." elements, ".." eating the element
// before it (and vanishing at the root), "." for an empty result.
func Clean(path string) string

// Split splits path after its last slash into directory and file.
func Split(path string) (dir, file string)

// Join joins the non-empty elements with slashes and cleans the result;
// with no non-empty element it returns "".
func Join(elem ...string) string

// Base returns the last element (trailing slashes ignored): "." for an
// empty path, "/" for a path of slashes.
func Base(path string) string

// Dir returns all but the last element, cleaned.
func Dir(path string) string

// Ext returns the extension of the last element: from its last dot on.
func Ext(path string) string

// IsAbs reports whether path starts with a slash.
func IsAbs(path string) bool {
	return path != "" && path[0] == '/'
}

// Match reports whether name matches the shell pattern (* any run of
// non-slash bytes, ? one non-slash character, [class], \ escape); a
// malformed pattern is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	m, bad := matchPattern(pattern, name)
	if bad {
		return false, ErrBadPattern
	}
	return m, nil
}

func matchPattern(pattern, name string) (matched, bad bool)
