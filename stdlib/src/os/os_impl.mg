// Package os, the parts written in minigo: Args, Stdout and Stderr are set
// up before main's package initialisation. The API file declares
// File{fd int}; fmt's Fprint* natives write to fd 2 for Stderr, else stdout.
package os

func init() {
	Args = runtimeArgs()
	Stdout = &File{fd: 1}
	Stderr = &File{fd: 2}
}

// runtimeArgs returns the command-line arguments, starting with the program name.
func runtimeArgs() []string
