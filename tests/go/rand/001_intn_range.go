// math/rand produces pseudo-random numbers; only their properties are checked here.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 1000; i++ {
		n := rand.Intn(6) + 1 // a die roll
		if n < 1 || n > 6 {
			ok = false
		}
		seen[n] = true
	}
	fmt.Println("all rolls in 1..6:", ok)
	fmt.Println("every face seen:", len(seen) == 6)
	f := rand.Float64()
	fmt.Println("float in [0,1):", f >= 0 && f < 1)
	i63 := rand.Int63()
	i := rand.Int()
	fmt.Println("non-negative:", i63 >= 0 && i >= 0)
	fmt.Println(rand.Int31n(10) < 10, rand.Int63n(1000) < 1000, rand.Uint32() >= 0)
}

// Output:
// all rolls in 1..6: true
// every face seen: true
// float in [0,1): true
// non-negative: true
// true true true
