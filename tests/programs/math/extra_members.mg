// members minigo offers beyond LANGUAGE.md behave as Go's: math limits, utf8 constants, strconv.NumError, runtime.PanicNilError, io.Writer, TryLock
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

func main() {
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8, uint(math.MaxUint))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat64/2, math.MaxFloat64*0.5)
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax, string(utf8.RuneError))
	r, n := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, n)

	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%s %q %v | %v\n", ne.Func, ne.Num, ne.Err, errors.Unwrap(err) == ne.Err)
	}
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err.(*strconv.NumError).Func, err)

	func() {
		defer func() {
			r := recover()
			_, isPN := r.(*runtime.PanicNilError)
			_, isRE := r.(runtime.Error)
			fmt.Printf("%T %v %v %v\n", r, r, isPN, isRE)
		}()
		panic(nil)
	}()

	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "via io.Writer")
	var sb strings.Builder
	w = &sb
	fmt.Fprintf(w, "%d-%d", 1, 2)
	sb.WriteRune('é')
	sb.Grow(10)
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
}
