// checks: an import path that is not a stdlib package
package main

import "foo/bar"

func main() {
	bar.Baz()
}
