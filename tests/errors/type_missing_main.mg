// checks: package main must declare func main
package main

func helper() {}
