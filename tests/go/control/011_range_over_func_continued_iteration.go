// Go: 1.23
// An iterator that ignores yield's false and calls it again panics.
package main

import "fmt"

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range Bad {
		fmt.Println(x)
		break
	}
	fmt.Println("not reached")
}

// Output:
// 1
// Exit: 2
// Stderr:
// panic: runtime error: range function continued iteration after function for loop body returned false
