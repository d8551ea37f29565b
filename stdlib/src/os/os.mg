// Package os gives programs their arguments, standard output and error, and
// a way to end with an exit code (minigo has no files or environment).
package os

// File is an open output: in minigo, only Stdout or Stderr.
type File struct {
	fd int
}

// Write sends the bytes of b to f and returns len(b) and nil.
func (f *File) Write(b []byte) (n int, err error)

// Stdout and Stderr are the program's standard output and standard error.
var (
	Stdout = &File{fd: 1}
	Stderr = &File{fd: 2}
)

// Args lists the program's name followed by its command-line arguments.
var Args = runtimeArgs()

// Exit ends the program now with status code; deferred calls do not run.
func Exit(code int)

// runtimeArgs returns the command-line arguments (a native).
func runtimeArgs() []string
