// checks: aliases that refer to each other
package main

type A = B
type B = []A

func main() {}
