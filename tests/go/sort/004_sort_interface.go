// Implementing sort.Interface (Len, Less, Swap) to use sort.Sort and sort.Stable.
package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Stable(byLength(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLength(words)))
	fmt.Println(len(words[0]), len(words[len(words)-1]))
	fmt.Println(sort.IsSorted(byLength(words)), sort.IsSorted(sort.Reverse(byLength(words))))
	nums := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
}

// Output:
// [fig kiwi apple banana cherry]
// 6 3
// false true
// [3 2 1]
