// checks: a variable initialized by a method declared later that reads the variable
package main

import "fmt"

var total = Counter{}.Next()

type Counter struct{ n int }

func (c Counter) Next() int { return c.n + total }

func main() { fmt.Println(total) }
