// Package utf8 counts, measures, decodes and checks UTF-8 text (Go's
// unicode/utf8, imported by that path).
package utf8

// RuneCountInString returns how many runes s holds; each byte of an invalid
// encoding counts as one.
func RuneCountInString(s string) (n int)

// RuneLen returns how many bytes r takes in UTF-8, or -1 when r is no valid
// code point (negative, a surrogate half, or above MaxRune).
func RuneLen(r rune) int

// DecodeRuneInString returns the rune s starts with and its length in bytes;
// (RuneError, 1) when s starts with an invalid encoding, (RuneError, 0) when
// s is empty.
func DecodeRuneInString(s string) (r rune, size int)

// ValidString says whether all of s is well-formed UTF-8.
func ValidString(s string) bool

// Facts of the encoding.
const (
	RuneError = '\uFFFD'     // U+FFFD, what decoding yields for invalid input
	RuneSelf  = 0x80         // runes below it are one byte, the same as their value
	MaxRune   = '\U0010FFFF' // the last Unicode code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

// DecodeRune returns the rune p starts with and its length (as DecodeRuneInString).
func DecodeRune(p []byte) (r rune, size int)

// DecodeLastRune returns the rune p ends with and its length; (RuneError, 1)
// for an invalid encoding, (RuneError, 0) for an empty p.
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// FullRune reports whether p begins with a whole encoding (an invalid one
// counts as whole: it decodes as RuneError with size 1).
func FullRune(p []byte) bool

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool

// RuneCount returns how many runes p holds (an invalid byte counts as one).
func RuneCount(p []byte) int

// Valid says whether all of p is well-formed UTF-8.
func Valid(p []byte) bool

// ValidRune says whether r is a Unicode scalar value (not a surrogate half,
// not negative, not above MaxRune).
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

// RuneStart says whether b can begin an encoding (is no continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// EncodeRune writes the encoding of r into p (RuneError's for an invalid
// r) and returns its length; p must be long enough.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if !ValidRune(r) {
		r = RuneError
	}
	if r < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}
