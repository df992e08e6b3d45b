// Perm and Shuffle reorder values; sorting the result gives back every element.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println(p)

	cards := []string{"A", "K", "Q", "J", "10"}
	rand.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
	fmt.Println(len(cards))
	sort.Strings(cards)
	fmt.Println(cards)
}

// Output:
// [0 1 2 3 4 5 6 7]
// 5
// [10 A J K Q]
