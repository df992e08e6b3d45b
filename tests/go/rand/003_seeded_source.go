// Two generators with the same seed produce the same sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	a := rand.New(rand.NewSource(42))
	b := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if a.Intn(1000) != b.Intn(1000) {
			same = false
		}
	}
	fmt.Println("same sequence:", same)
	c := rand.New(rand.NewSource(7))
	x := c.Float64()
	fmt.Println(x >= 0 && x < 1)
	a.Seed(99)
	first := a.Int63()
	a.Seed(99)
	fmt.Println("reseeding repeats:", a.Int63() == first)
}

// Output:
// same sequence: true
// true
// reseeding repeats: true
