// sort.Ints, sort.Strings and sort.Float64s sort slices in place.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	words := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(words) // byte order: upper case before lower case
	fmt.Println(words, sort.StringsAreSorted(words))

	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
}

// Output:
// [-1 2 2 5 8] true
// [Apple apple banana pear] true
// [-1 0 2.5 3.25] true
