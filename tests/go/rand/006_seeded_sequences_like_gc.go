// A generator made with rand.NewSource(seed) gives the same numbers as gc's for that seed:
// chanscope runs Go's own algorithm (an additive lagged Fibonacci generator).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100), r.Int63())
	fmt.Println(r.Float64(), r.Int31n(10), r.Int63n(1_000_000_007))
	fmt.Println(r.Perm(8))
	cards := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
	fmt.Println(cards)
	r.Seed(42) // reseeding starts the sequence again
	fmt.Println(r.Intn(100), r.Intn(100))
}

// Output:
// 5 87 68 1926012586526624009
// 0.043818458599374305 5 401235903
// [1 3 4 5 7 2 0 6]
// [A K 10 9 J Q]
// 5 87
