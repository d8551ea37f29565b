// an uncaught failed type assertion to an interface crashes
package main

import "fmt"

type Closer interface{ Close() }

func main() {
	var v any = "file"
	fmt.Println("asserting")
	c := v.(Closer)
	c.Close()
}
