// checks: an interface method implemented with the wrong signature
package main

type Namer interface{ Name() string }

type T struct{}

func (T) Name() int { return 1 }

func main() {
	var n Namer = T{}
	_ = n
}
