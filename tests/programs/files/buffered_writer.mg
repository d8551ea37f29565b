// writing a file through bufio.Writer: nothing reaches the file before Flush; Buffered and Available
package main

import (
	"bufio"
	"fmt"
	"os"
)

func size(name string) int64 {
	info, err := os.Stat(name)
	if err != nil {
		return -1
	}
	return info.Size()
}

func main() {
	f, err := os.Create("out.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriterSize(f, 32)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println("buffered", w.Buffered(), "on disk", size("out.txt"))
	w.WriteString("a longer line that overflows the small buffer\n")
	fmt.Println("buffered", w.Buffered(), "on disk", size("out.txt"))
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println("buffered", w.Buffered())
	fmt.Println(w.Flush(), "on disk", size("out.txt"))
	f.Close()
	data, _ := os.ReadFile("out.txt")
	fmt.Print(string(data))
	fmt.Println()
}
