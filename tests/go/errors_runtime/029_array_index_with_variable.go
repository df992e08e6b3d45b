// Out-of-range indexes of arrays and strings panic like those of slices.
package main

import "fmt"

func main() {
	word := "go"
	for i := 0; i <= len(word); i++ {
		fmt.Println(i, word[i])
	}
}

// Output:
// 0 103
// 1 111
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [2] with length 2
//
// goroutine 1 [running]:
