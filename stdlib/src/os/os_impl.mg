// Package os, the parts written in minigo: Args is set up before main's
// package initialisation. The API file declares File{fd int}; fmt's Fprint*
// natives and (*File).Write write to fd 2 for Stderr, else stdout.
package os

func init() {
	Args = runtimeArgs()
}

// runtimeArgs returns the command-line arguments, starting with the program name.
func runtimeArgs() []string
