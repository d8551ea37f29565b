// checks: a block comment cut by the end of the file
package main

func main() {
}

/* never closed
