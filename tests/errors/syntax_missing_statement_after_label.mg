// checks: a label at the end of a case clause needs a statement (before the closing brace it may stand alone)
package main

func main() {
	n := 1
	switch n {
	case 1:
		n++
	done:
	default:
		goto done
	}
	println(n)
}
