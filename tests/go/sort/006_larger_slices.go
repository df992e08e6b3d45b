// Sorting more elements than the insertion-sort cutoffs; SliceStable keeps equal keys in order.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, seq int
}

func main() {
	xs := make([]int, 0, 50)
	for i := 0; i < 50; i++ {
		xs = append(xs, (i*37+11)%50)
	}
	sort.Ints(xs)
	fmt.Println(xs[:10], sort.IntsAreSorted(xs))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs[:5])

	items := make([]item, 0, 60)
	for i := 0; i < 60; i++ {
		items = append(items, item{(i * 7) % 4, i})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].key < items[j].key })
	stable := true
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.key > b.key || (a.key == b.key && a.seq > b.seq) {
			stable = false
		}
	}
	fmt.Println(items[0], items[14], items[15], items[59], stable)

	words := []string{"pear", "fig", "apple", "kiwi", "banana", "cherry", "date", "grape", "lime", "mango", "nectarine", "olive", "plum", "quince"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fmt.Println(sort.SearchInts(xs, 3), sort.Search(len(words), func(i int) bool { return len(words[i]) >= 5 }))
}

// Output:
// [0 1 2 3 4 5 6 7 8 9] true
// [49 48 47 46 45]
// {0 0} {0 56} {1 3} {3 57} true
// [fig date kiwi lime pear plum apple grape mango olive banana cherry quince nectarine]
// 0 6
