// Map iteration order is unspecified; sort the keys for a stable order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	wordCount := map[string]int{}
	for _, w := range []string{"go", "is", "fun", "go", "go", "is"} {
		wordCount[w]++
	}
	keys := make([]string, 0, len(wordCount))
	for k := range wordCount {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, wordCount[k])
	}
	total := 0
	for _, v := range wordCount {
		total += v
	}
	fmt.Println("total", total)
}

// Output:
// fun 1
// go 3
// is 2
// total 6
