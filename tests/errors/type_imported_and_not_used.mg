// checks: an import that is never used
package main

import "os"

func main() {
}
