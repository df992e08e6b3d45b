// rand.Intn needs a positive bound: Intn(0) panics.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(1))
	fmt.Println(rand.Intn(0))
}

// Output:
// 0
// Exit: 2
// Stderr:
// panic: invalid argument to Intn
//
// goroutine 1 [running]:
