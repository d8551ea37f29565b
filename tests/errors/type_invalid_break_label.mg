// checks: break and continue may name only the label of an enclosing for, switch or select, not that of a block or if around one
package main

func main() {
outer:
	{
		for {
			break outer
		}
	}
again:
	if true {
		for {
			continue again
		}
	}
}
