// checks: map keys must be comparable
package main

func main() {
	m := map[[]int]string{}
	println(len(m))
}
