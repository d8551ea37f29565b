// wordfreq.mg: count word frequencies in a text with strings, maps and sort,
// then print the most frequent words (ties broken alphabetically).
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	return strings.ToLower(strings.Trim(w, ".,;:!?\"'"))
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := normalize(raw)
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}

	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})

	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for i, wc := range list {
		if i == 8 {
			break
		}
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%-12s %2d %s\n", wc.Word, wc.Count, bar)
	}
	longest := ""
	for _, wc := range list {
		if len(wc.Word) > len(longest) || (len(wc.Word) == len(longest) && wc.Word < longest) {
			longest = wc.Word
		}
	}
	fmt.Println("longest word:", longest)
}
