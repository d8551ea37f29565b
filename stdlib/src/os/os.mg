// Package os provides a platform-independent interface to operating system functionality.
package os

// File represents an open file descriptor (minigo: standard output and error).
type File struct {
	fd int
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error)

// Stdout and Stderr are open Files pointing to the standard output and standard error file descriptors.
var (
	Stdout = &File{fd: 1}
	Stderr = &File{fd: 2}
)

// Args hold the command-line arguments, starting with the program name.
var Args = runtimeArgs()

// Exit causes the current program to exit with the given status code. Deferred functions are not run.
func Exit(code int)

// runtimeArgs returns the command-line arguments (a native).
func runtimeArgs() []string
