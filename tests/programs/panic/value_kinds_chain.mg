// an uncaught chain of panics shows how the runtime prints each basic and named kind
package main

type MyInt int
type MyUint8 uint8
type MyString string

func main() {
	type L int
	defer func() { panic(MyString("q\"uote")) }()
	defer func() { panic(L(3)) }()
	defer func() { panic(MyUint8(200)) }()
	defer func() { panic(MyInt(-7)) }()
	defer func() { panic(false) }()
	defer func() { panic(byte('A')) }()
	defer func() { panic('A') }()
	defer func() { panic(uint64(1 << 63)) }()
	defer func() { panic(int8(-8)) }()
	defer func() { panic(float32(0.1)) }()
	defer func() { panic(1e21) }()
	panic(42)
}
