// checks: two dot imports declaring the same name (Join of errors and of strings) clash at the second import
package main

import (
	. "errors"
	"fmt"
	. "strings"
)

func main() {
	fmt.Println(New("e"), ToUpper("x"))
}
