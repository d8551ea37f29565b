// Package io provides basic interfaces to I/O primitives (minigo: only Writer).
package io

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}
