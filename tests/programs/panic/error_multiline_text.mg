// an error whose text has newlines prints each continuation line with a tab
package main

import "errors"

func main() {
	defer func() { panic(errors.New("second\nerror")) }()
	panic(errors.Join(errors.New("first"), errors.New("joined")))
}
