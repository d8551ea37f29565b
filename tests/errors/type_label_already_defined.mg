// checks: a label name may be defined once per function, even in another block
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	{
	loop:
		fmt.Println(i)
	}
}
