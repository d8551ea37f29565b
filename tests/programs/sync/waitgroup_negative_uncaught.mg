// an uncaught negative WaitGroup counter crashes with a string panic
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(-1)
}
