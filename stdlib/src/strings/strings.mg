// Package strings implements simple functions to manipulate UTF-8 encoded strings.
package strings

// A Builder is used to efficiently build a string using Write methods.
type Builder struct {
	buf string // the natives grow it in place (vm Heap::str_append)
}

// String returns the accumulated string.
func (b *Builder) String() string

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset()

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error)

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// Count counts the number of non-overlapping instances of substr in s.
func Count(s, substr string) int

// Fields splits the string s around each instance of one or more consecutive white space characters.
func Fields(s string) []string

// HasPrefix reports whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix reports whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1 if substr is not present in s.
func Index(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int

// Join concatenates the elements of its first argument to create a single string.
func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not present in s.
func LastIndex(s, substr string) int

// Repeat returns a new string consisting of count copies of the string s.
func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string

// SplitN slices s into substrings separated by sep; n determines the number of substrings to return.
func SplitN(s, sep string, n int) []string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// Trim returns a slice of the string s with all leading and trailing Unicode code points contained in cutset removed.
func Trim(s, cutset string) string

// TrimLeft returns a slice of the string s with all leading Unicode code points contained in cutset removed.
func TrimLeft(s, cutset string) string

// TrimRight returns a slice of the string s with all trailing Unicode code points contained in cutset removed.
func TrimRight(s, cutset string) string

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string

// TrimSpace returns a slice of the string s, with all leading and trailing white space removed.
func TrimSpace(s string) string

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple Unicode case-folding.
func EqualFold(s, t string) bool
