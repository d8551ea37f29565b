// Package io names what can take bytes (minigo has only Writer).
package io

// Writer is anything bytes can be written to: Write takes p and reports how
// many bytes it used and whether something failed.
type Writer interface {
	Write(p []byte) (n int, err error)
}
