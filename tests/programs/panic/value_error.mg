// an error panic value prints its Error text
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	panic(fmt.Errorf("saving file: %w", base))
}
