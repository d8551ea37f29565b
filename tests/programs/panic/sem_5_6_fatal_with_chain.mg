// a fatal error prints the panic chain raw, then the fatal message after a tab
// from: /work/shared/SEMANTICS.md §5.6
package main

import "sync"

func main() {
	var mu sync.Mutex
	defer mu.Unlock()
	defer func() { panic(recover()) }()
	var p *int
	_ = *p
}
