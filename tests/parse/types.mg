// checks: every type form: arrays, slices, maps, pointers, funcs, channel directions, structs, interfaces
package main

type T1 [4]int
type T2 [N * 2][]map[string]*int
type T3 func(int, ...string) (bool, error)
type T4 func() func() int
type T5 chan<- chan int
type T6 <-chan <-chan int
type T7 chan (<-chan int)
type T8 chan<- <-chan int
type T9 struct {
	a, b int `tag:"ab"`
	*Embedded
	pkg.Qualified
	Plain
	f func(x int) (y int)
	anon struct {
		inner []byte
	}
}
type T10 interface {
	fmt.Stringer
	error
	Method(a int) (string, error)
	Other()
}
type T11 interface{}
type T12 map[[2]string]chan struct{}
type T13 *(*int)
type T14 func(a, b int, c ...interface{ M() })

func main() {}
