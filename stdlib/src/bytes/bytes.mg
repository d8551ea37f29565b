// Package bytes works on byte slices as package strings works on strings,
// and gives Buffer, a growable byte buffer that is read from and written to.
// (minigo: a first part of the package: Buffer and the functions below.)
package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// MinRead is the smallest free space ReadFrom asks a Read to fill.
const MinRead = 512

// ErrTooLarge is the panic of a Buffer that cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// Buffer is a growable buffer of bytes: writes append, reads consume from
// the front. The zero Buffer is empty and ready to use.
type Buffer struct {
	data []byte // the contents are data[rd:]
	rd   int
	// What the last call did, for UnreadByte and UnreadRune: 0 nothing that
	// can be undone, -1 a read of bytes, 1 to 4 a ReadRune of that size.
	last int
}

// The values of Buffer.last.
const (
	lastRead    = -1
	lastInvalid = 0
)

// The panics of a misused Buffer.
const (
	truncateRange  = "bytes.Buffer: truncation out of range"
	growNegative   = "bytes.Buffer.Grow: negative count"
	writeToCount   = "bytes.Buffer.WriteTo: invalid Write count"
	smallBufferCap = 64 // the first allocation of a zero Buffer's small write
)

// NewBuffer returns a Buffer whose contents are buf (which it then owns).
func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

// NewBufferString returns a Buffer holding the bytes of s.
func NewBufferString(s string) *Buffer {
	return &Buffer{data: []byte(s)}
}

// Bytes returns the unread contents (aliasing the buffer until its next change).
func (b *Buffer) Bytes() []byte { return b.data[b.rd:] }

// AvailableBuffer returns an empty slice over the free space, to append to.
func (b *Buffer) AvailableBuffer() []byte { return b.data[len(b.data):] }

// String returns the unread contents as a string ("<nil>" for a nil *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.rd:])
}

// Peek returns the next n bytes without consuming them; fewer with io.EOF.
func (b *Buffer) Peek(n int) ([]byte, error) {
	if n > b.Len() {
		return b.data[b.rd:], io.EOF
	}
	return b.data[b.rd : b.rd+n], nil
}

// Len returns how many bytes are unread.
func (b *Buffer) Len() int { return len(b.data) - b.rd }

// Cap returns the capacity of the buffer's storage.
func (b *Buffer) Cap() int { return cap(b.data) }

// Available returns how many bytes can be written without growing.
func (b *Buffer) Available() int { return cap(b.data) - len(b.data) }

// Truncate keeps only the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.last = lastInvalid
	if n < 0 || n > b.Len() {
		panic(truncateRange)
	}
	b.data = b.data[:b.rd+n]
}

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.data = b.data[:0]
	b.rd = 0
	b.last = lastInvalid
}

// extendInPlace lengthens data by n when the capacity allows; it returns
// where the new bytes start.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	used := len(b.data)
	if cap(b.data)-used < n {
		return 0, false
	}
	b.data = b.data[:used+n]
	return used, true
}

// makeRoom lengthens data by n bytes, sliding the unread bytes to the front
// or moving to larger storage as needed; it returns where the n bytes start.
func (b *Buffer) makeRoom(n int) int {
	unread := b.Len()
	if unread == 0 && b.rd != 0 {
		b.Reset()
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	if b.data == nil && n <= smallBufferCap {
		b.data = make([]byte, n, smallBufferCap)
		return 0
	}
	capacity := cap(b.data)
	switch {
	case n <= capacity/2-unread:
		// Enough room once the consumed bytes are dropped.
		copy(b.data, b.data[b.rd:])
	case capacity > int(^uint(0)>>1)-capacity-n:
		panic(ErrTooLarge)
	default:
		// New storage for the unread bytes plus b.rd+n more, at least twice the old.
		want := unread + b.rd + n
		if want < 2*capacity {
			want = 2 * capacity
		}
		grown := append([]byte(nil), make([]byte, want)...)
		b.data = grown[:copy(grown, b.data[b.rd:])]
	}
	b.rd = 0
	b.data = b.data[:unread+n]
	return unread
}

// Grow makes sure n more bytes can be written without another allocation.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic(growNegative)
	}
	at := b.makeRoom(n)
	b.data = b.data[:at]
}

// Write appends p; the error is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.last = lastInvalid
	at, ok := b.extendInPlace(len(p))
	if !ok {
		at = b.makeRoom(len(p))
	}
	return copy(b.data[at:], p), nil
}

// WriteString appends the bytes of s; the error is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.last = lastInvalid
	at, ok := b.extendInPlace(len(s))
	if !ok {
		at = b.makeRoom(len(s))
	}
	return copy(b.data[at:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.last = lastInvalid
	at, ok := b.extendInPlace(1)
	if !ok {
		at = b.makeRoom(1)
	}
	b.data[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.last = lastInvalid
	at, ok := b.extendInPlace(utf8.UTFMax)
	if !ok {
		at = b.makeRoom(utf8.UTFMax)
	}
	b.data = utf8.AppendRune(b.data[:at], r)
	return len(b.data) - at, nil
}

// ReadFrom appends everything r gives until io.EOF (not an error).
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.last = lastInvalid
	for {
		at := b.makeRoom(MinRead)
		b.data = b.data[:at]
		got, rerr := r.Read(b.data[at:cap(b.data)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.data = b.data[:at+got]
		n += int64(got)
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// WriteTo writes the unread bytes to w, emptying the buffer.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.last = lastInvalid
	if unread := b.Len(); unread > 0 {
		wrote, werr := w.Write(b.data[b.rd:])
		if wrote > unread {
			panic(writeToCount)
		}
		b.rd += wrote
		n = int64(wrote)
		if werr != nil {
			return n, werr
		}
		if wrote != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read consumes up to len(p) bytes; an empty buffer reads io.EOF (or
// nothing, for an empty p).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.last = lastInvalid
	if b.Len() <= 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.data[b.rd:])
	b.rd += n
	if n > 0 {
		b.last = lastRead
	}
	return n, nil
}

// Next consumes and returns the next n bytes (fewer if fewer are left).
func (b *Buffer) Next(n int) []byte {
	b.last = lastInvalid
	if left := b.Len(); n > left {
		n = left
	}
	taken := b.data[b.rd : b.rd+n]
	b.rd += n
	if n > 0 {
		b.last = lastRead
	}
	return taken
}

// ReadByte consumes one byte.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.data[b.rd]
	b.rd++
	b.last = lastRead
	return c, nil
}

// ReadRune consumes one UTF-8 character (U+FFFD with size 1 for a bad byte).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.data[b.rd]; c < utf8.RuneSelf {
		b.rd++
		b.last = 1
		return rune(c), 1, nil
	}
	r, size = utf8.DecodeRune(b.data[b.rd:])
	b.rd += size
	b.last = size
	return r, size, nil
}

// UnreadRune puts back the rune the last call (a ReadRune) read.
func (b *Buffer) UnreadRune() error {
	if b.last <= lastInvalid {
		const why = "UnreadRune: previous operation was not a successful ReadRune"
		return errors.New("bytes.Buffer: " + why)
	}
	if b.rd >= b.last {
		b.rd -= b.last
	}
	b.last = lastInvalid
	return nil
}

// UnreadByte puts back the last byte the last read consumed.
func (b *Buffer) UnreadByte() error {
	if b.last == lastInvalid {
		return errUnreadByte
	}
	b.last = lastInvalid
	if b.rd > 0 {
		b.rd--
	}
	return nil
}

// upTo consumes through the first delim (to the end, with io.EOF, when
// there is none) and returns that part of the buffer.
func (b *Buffer) upTo(delim byte) (part []byte, err error) {
	end := len(b.data)
	if i := IndexByte(b.data[b.rd:], delim); i >= 0 {
		end = b.rd + i + 1
	} else {
		err = io.EOF
	}
	part = b.data[b.rd:end]
	b.rd = end
	b.last = lastRead
	return part, err
}

// ReadBytes consumes through the first delim and returns a copy of it.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append(line, part...), err
}

// ReadString consumes through the first delim and returns it as a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare compares a and b lexicographically: -1, 0 or +1.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Index returns the index of the first sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// LastIndex returns the index of the last sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// Contains reports whether sub is in b.
func Contains(b, sub []byte) bool { return Index(b, sub) >= 0 }

// ContainsRune reports whether r is in b (read as UTF-8).
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

// Count returns how many non-overlapping sep are in s (runes + 1 for an empty sep).
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && string(s[:len(prefix)]) == string(prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && string(s[len(s)-len(suffix):]) == string(suffix)
}

// TrimPrefix returns s without a leading prefix (s itself when it has none).
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without a trailing suffix (s itself when it has none).
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// isSpace reports whether r is Unicode white space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// TrimSpace returns the subslice of s without leading and trailing white
// space; nil when s is empty or all space.
func TrimSpace(s []byte) []byte {
	start := 0
	for start < len(s) {
		r, size := utf8.DecodeRune(s[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	if start == len(s) {
		return nil
	}
	end := len(s)
	for end > start {
		r, size := utf8.DecodeLastRune(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return s[start:end]
}

// Fields splits s around runs of white space; each field is a subslice of
// s whose capacity ends with it. No fields: an empty, non-nil slice.
func Fields(s []byte) [][]byte {
	// Two passes: count the fields, then fill a slice of exactly that size.
	count := 0
	forEachField(s, func(from, to int) { count++ })
	fields := make([][]byte, 0, count)
	forEachField(s, func(from, to int) { fields = append(fields, s[from:to:to]) })
	return fields
}

// forEachField calls visit with the bounds of each run of non-space runes of s.
func forEachField(s []byte, visit func(from, to int)) {
	start := -1
	for at := 0; at < len(s); {
		r, size := utf8.DecodeRune(s[at:])
		i := at
		at += size
		if !isSpace(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			visit(start, i)
			start = -1
		}
	}
	if start >= 0 {
		visit(start, len(s))
	}
}

// Join concatenates the slices of s with sep between them, into new storage.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		var fresh []byte
		return append(fresh, s[0]...)
	}
	total := len(sep) * (len(s) - 1)
	for _, part := range s {
		total += len(part)
	}
	out := make([]byte, 0, total)
	for i, part := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, part...)
	}
	return out
}

// EqualFold reports whether s and t are equal under Unicode case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// Cut splits s around the first sep: before, after and true; s, nil and
// false when sep is not in s.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	i := Index(s, sep)
	if i < 0 {
		return s, nil, false
	}
	before, after = s[:i], s[i+len(sep):]
	return before, after, true
}
