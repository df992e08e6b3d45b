// panic(fmt.Errorf(...)) prints the error message; os.Exit is not involved.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

func pop(q []int) int {
	if len(q) == 0 {
		panic(fmt.Errorf("pop: %w", ErrEmpty))
	}
	return q[0]
}

func main() {
	fmt.Println(pop([]int{4}))
	fmt.Println(pop(nil))
}

// Output:
// 4
// Exit: 2
// Stderr:
// panic: pop: queue is empty
//
// goroutine 1 [running]:
