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
