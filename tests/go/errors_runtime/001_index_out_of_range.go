// Indexing past the end of a slice panics and the program exits with status 2.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("after")
}

// Output:
// before
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
