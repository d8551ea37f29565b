// draining a buffered channel without blocking using select with default
package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	var got []string
	for {
		select {
		case s := <-ch:
			got = append(got, s)
			continue
		default:
		}
		break
	}
	fmt.Println(got, len(ch))
}
