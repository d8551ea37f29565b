// text that is not Go at the top level
package main

fmt.Println("top level")

func main() {}
