// checks: an import after a declaration
package main

func main() {
}

import "fmt"
