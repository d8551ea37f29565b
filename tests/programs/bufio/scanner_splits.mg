// bufio.Scanner with every split function (lines, words, runes with invalid UTF-8, bytes), a custom comma splitter and ErrFinalToken
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func scan(input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())
}

func main() {
	scan("a\nb\r\n\nlast", bufio.ScanLines)
	scan("a\n", bufio.ScanLines)
	scan("", bufio.ScanLines)
	scan("\n\n", bufio.ScanLines)
	scan("  several   words\there\n and\u00a0more\u2003spaces  ", bufio.ScanWords)
	scan("héy\xff\xe2\x82", bufio.ScanRunes)
	scan("ab\x00", bufio.ScanBytes)

	comma := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scan("x,y,,z", comma)

	stopAt := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return adv, []byte("stopped"), bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	scan("one two STOP three", stopAt)
	failing := func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, fmt.Errorf("bad input %q", data)
	}
	scan("abc", failing)
	negative := func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil }
	scan("abc", negative)
	tooFar := func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil }
	scan("abc", tooFar)
}
