// checks: the brace of an if on the next line
package main

func main() {
	x := true
	if x
	{
	}
}
