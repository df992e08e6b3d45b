// Indexing an array past its end panics with Go's message.
package main

import "fmt"

func main() {
	var a [3]int
	for i := 0; i < 5; i++ {
		a[i] = i
		fmt.Println(a)
	}
}

// Output:
// [0 0 0]
// [0 1 0]
// [0 1 2]
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 3
//
