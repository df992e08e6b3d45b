// Binary search in sorted slices: sort.Search finds the first index where f is true.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 })
	fmt.Println(i, xs[i])
	fmt.Println(sort.SearchInts(xs, 7), sort.SearchInts(xs, 8), sort.SearchInts(xs, 100))
	words := []string{"ant", "bee", "cat"}
	fmt.Println(sort.SearchStrings(words, "bee"), sort.SearchStrings(words, "aardvark"))
	// Guess a number between 0 and 100 with at most 7 questions.
	secret, questions := 37, 0
	guess := sort.Search(101, func(n int) bool { questions++; return n >= secret })
	fmt.Println(guess, questions <= 7)
}

// Output:
// 3 7
// 3 4 6
// 1 0
// 37 true
