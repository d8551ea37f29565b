// checks: break outside a loop, switch or select
package main

func main() {
	break
}
