// os.WriteFile, os.ReadFile, appending with OpenFile(O_APPEND), truncating with Create, and file sizes
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := os.WriteFile("notes.txt", []byte("first line\n"), 0644); err != nil {
		fmt.Println("write:", err)
		return
	}
	data, err := os.ReadFile("notes.txt")
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile("notes.txt", os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	n, err := f.WriteString("second line\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("third\n"))
	fmt.Println(n, err)
	fmt.Println(f.Close())

	data, _ = os.ReadFile("notes.txt")
	fmt.Printf("%d bytes: %q\n", len(data), data)
	info, _ := os.Stat("notes.txt")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())

	// Create truncates an existing file.
	f, _ = os.Create("notes.txt")
	fmt.Fprintf(f, "%s=%d\n", "answer", 42)
	f.Close()
	data, _ = os.ReadFile("notes.txt")
	fmt.Printf("%q\n", data)

	// An empty file reads as empty, not nil-with-error.
	os.WriteFile("empty", nil, 0600)
	data, err = os.ReadFile("empty")
	fmt.Println(len(data), cap(data), data != nil, err)
	fmt.Println(f.Name())
	// ReadFile's buffer: the file's size and one byte, at least 512.
	os.WriteFile("big", make([]byte, 700), 0644)
	data, _ = os.ReadFile("big")
	fmt.Println(len(data), cap(data))
	data, _ = os.ReadFile("notes.txt")
	fmt.Println(len(data), cap(data))
}
