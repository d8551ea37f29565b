// Package strings searches, splits, joins, trims and case-maps strings, reading
// them as UTF-8 where runes matter (an invalid byte reads as U+FFFD).
package strings

import (
	"errors"
	"io"
	"iter"
	"unicode/utf8"
)

// Builder collects written pieces into one string without copying them each
// time. Its zero value is empty and ready to use.
type Builder struct {
	buf string // the natives grow it in place (vm Heap::str_append)
}

// String returns everything written so far.
func (b *Builder) String() string

// Len is the length in bytes of what has been written.
func (b *Builder) Len() int

// Reset empties b.
func (b *Builder) Reset()

// Grow makes room for n more bytes; it panics when n is negative.
func (b *Builder) Grow(n int)

// Write adds the bytes of p; the results are always len(p) and nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte adds the single byte c; the result is always nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune adds r encoded in UTF-8 (an invalid r as U+FFFD) and returns
// the encoding's length and nil.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString adds s; the results are always len(s) and nil.
func (b *Builder) WriteString(s string) (int, error)

// Contains says whether substr occurs in s (an empty substr always does).
func Contains(s, substr string) bool

// ContainsRune says whether the rune r occurs in s.
func ContainsRune(s string, r rune) bool

// Count returns how many times substr occurs in s without overlaps; for an
// empty substr, the number of runes in s plus one.
func Count(s, substr string) int

// Fields returns the words of s: its pieces between runs of Unicode white
// space, never empty ones.
func Fields(s string) []string

// HasPrefix says whether s starts with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix says whether s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the byte offset of the first occurrence of substr in s, or -1.
func Index(s, substr string) int

// IndexByte returns the offset of the first byte c in s, or -1.
func IndexByte(s string, c byte) int

// Join puts sep between the elements of elems and returns the result.
func Join(elems []string, sep string) string

// LastIndex returns the byte offset of the last occurrence of substr in s, or -1.
func LastIndex(s, substr string) int

// Repeat returns s written count times; a negative count panics.
func Repeat(s string, count int) string

// Replace returns s with its first n occurrences of old (all when n < 0)
// changed to new. An empty old matches before each rune and at the end.
func Replace(s, old, new string, n int) string

// ReplaceAll is Replace with n = -1: every occurrence changes.
func ReplaceAll(s, old, new string) string

// Split cuts s at every sep and returns the pieces (with an empty sep, one
// piece per rune).
func Split(s, sep string) []string

// SplitN is Split returning at most n pieces, the last one holding the rest
// of s; n == 0 gives nil, n < 0 no limit.
func SplitN(s, sep string, n int) []string

// ToLower returns s with every letter in lower case.
func ToLower(s string) string

// ToUpper returns s with every letter in upper case.
func ToUpper(s string) string

// Trim drops from both ends of s every rune that appears in cutset.
func Trim(s, cutset string) string

// TrimLeft drops from the start of s every rune that appears in cutset.
func TrimLeft(s, cutset string) string

// TrimRight drops from the end of s every rune that appears in cutset.
func TrimRight(s, cutset string) string

// TrimPrefix removes prefix once from the start of s, if s starts with it.
func TrimPrefix(s, prefix string) string

// TrimSuffix removes suffix once from the end of s, if s ends with it.
func TrimSuffix(s, suffix string) string

// TrimSpace drops Unicode white space from both ends of s.
func TrimSpace(s string) string

// EqualFold says whether s and t are the same text when upper and lower case
// are not told apart (Unicode simple folding, so "K" matches the Kelvin sign).
func EqualFold(s, t string) bool

// Compare orders a and b byte by byte: -1 when a sorts first, 0 when they are
// equal, +1 when b sorts first.
func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Reader reads from a string (io.Reader, io.ReaderAt, io.Seeker,
// io.WriterTo, io.ByteScanner, io.RuneScanner).
type Reader struct {
	s        string
	i        int64 // the next byte to read
	prevRune int   // where the last ReadRune started; -1 after any other call
}

const readerPrefix = "strings.Reader."

// readerError is a new error of a Reader's method ("Seek: negative position").
func readerError(text string) error { return errors.New(readerPrefix + text) }

// NewReader returns a Reader over s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Len returns how many bytes are left to read.
func (r *Reader) Len() int {
	left := int64(len(r.s)) - r.i
	if left <= 0 {
		return 0
	}
	return int(left)
}

// Size returns the length of the whole string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, readerError("ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return readerError("UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	rest := r.s[r.i:]
	ch, size = utf8.DecodeRuneInString(rest)
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return readerError("UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return readerError("UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = offset + int64(len(r.s))
	default:
		return 0, readerError("Seek: invalid whence")
	}
	if abs < 0 {
		return 0, readerError("Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic(readerPrefix + "WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Lines yields the lines of s, each with its terminating newline (the last
// one may have none). Like Go's, the returned sequence consumes s as it goes:
// ranging over it again goes on after the last line it yielded.
func Lines(s string) iter.Seq[string] {
	return func(visit func(string) bool) {
		for s != "" {
			cut := len(s)
			if nl := IndexByte(s, '\n'); nl >= 0 {
				cut = nl + 1
			}
			line := s[:cut]
			s = s[cut:]
			if !visit(line) {
				return
			}
		}
	}
}

// SplitSeq yields the pieces Split(s, sep) returns, one at a time (and, as
// Go's, consumes s as it goes).
func SplitSeq(s, sep string) iter.Seq[string] {
	return splitPieces(s, sep, false)
}

// SplitAfterSeq yields the pieces of s after each sep, sep included, as
// Go's SplitAfter returns them.
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitPieces(s, sep, true)
}

// splitPieces yields s cut at each sep (keeping sep at a piece's end when
// keepSep), or rune by rune for an empty sep. s advances only after a piece
// was accepted, as in Go.
func splitPieces(s, sep string, keepSep bool) iter.Seq[string] {
	return func(visit func(string) bool) {
		if sep == "" {
			for s != "" {
				_, width := utf8.DecodeRuneInString(s)
				if !visit(s[:width]) {
					return
				}
				s = s[width:]
			}
			return
		}
		for {
			at := Index(s, sep)
			if at < 0 {
				break
			}
			end := at
			if keepSep {
				end += len(sep)
			}
			if !visit(s[:end]) {
				return
			}
			s = s[at+len(sep):]
		}
		visit(s)
	}
}

// FieldsSeq yields the fields Fields(s) returns, one at a time.
func FieldsSeq(s string) iter.Seq[string] {
	return func(visit func(string) bool) {
		for _, field := range Fields(s) {
			if !visit(field) {
				return
			}
		}
	}
}

// FieldsFuncSeq yields the runs of runes of s for which f is false, calling
// f rune by rune as it goes (an invalid byte is U+FFFD).
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(visit func(string) bool) {
		from := -1
		for at := 0; at < len(s); {
			r, width := utf8.DecodeRuneInString(s[at:])
			switch {
			case !f(r):
				if from < 0 {
					from = at
				}
			case from >= 0:
				if !visit(s[from:at]) {
					return
				}
				from = -1
			}
			at += width
		}
		if from >= 0 {
			visit(s[from:])
		}
	}
}
