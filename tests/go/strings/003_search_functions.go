// Searching inside strings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune(s, 'b'), strings.IndexAny(s, "zy"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.LastIndexByte(s, 'o'), strings.IndexFunc(s, func(r rune) bool { return r == 'k' }))
}

// Output:
// true false
// true true
// 0 31 -1
// 4 10 37
// true true
// 4 5
// true -1
// 41 8
