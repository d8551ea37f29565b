// wc over stdin: lines, words and bytes counted through bufio.Scanner with ScanWords and a byte-counting reader
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
)

type counter struct {
	r     io.Reader
	bytes int
	lines int
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	for _, b := range p[:n] {
		if b == '\n' {
			c.lines++
		}
	}
	return n, err
}

func main() {
	c := &counter{r: os.Stdin}
	sc := bufio.NewScanner(c)
	sc.Split(bufio.ScanWords)
	words := 0
	freq := map[string]int{}
	for sc.Scan() {
		words++
		freq[sc.Text()]++
	}
	fmt.Printf("%7d %7d %7d\n", c.lines, words, c.bytes)
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:3] {
		fmt.Println(k, freq[k])
	}
}
