// File.Seek with each whence, ReadAt (io.EOF on a short read, negative offsets), WriteAt and Truncate
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.Create("data.bin")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	f.WriteString("0123456789abcdef")

	pos, err := f.Seek(4, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	pos, _ = f.Seek(2, io.SeekCurrent)
	fmt.Println(pos)
	pos, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println(pos)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)

	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err)
	_, err = f.Seek(0, 7)
	fmt.Println(err)

	n, err = f.ReadAt(buf, 10)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 14)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println(err)

	n, err = f.WriteAt([]byte("XY"), 1)
	fmt.Println(n, err)
	fmt.Println(f.Truncate(8))
	data, _ := os.ReadFile("data.bin")
	fmt.Printf("%q\n", data)
	_, err = f.WriteAt([]byte("z"), -2)
	fmt.Println(err)
}
