// like the Go compiler: an error equal to the previous one on its line is dropped, and the first 10 errors reported are shown, in position order
package main

func main() {
	var x *[3]int
	_, _ = x[3], x[3]
	_, _ = x[3], x[4]
	_ = x[2:1]
	_ = x[4:5]
	_ = x[5]
	_ = x[6]
	_ = x[7]
	_ = x[2:0:4]
}
