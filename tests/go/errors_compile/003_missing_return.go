// A function with results must end in a return (or another terminating statement).
package main

import "fmt"

func sign(n int) int {
	if n < 0 {
		return -1
	} else if n > 0 {
		return 1
	}
}

func main() {
	fmt.Println(sign(3))
}

// Output:
// Exit: 1
// Stderr:
// FILE:12:1: missing return
