// Only functions can be called.
package main

import "fmt"

func main() {
	limit := 5
	fmt.Println(limit(2))
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:14: invalid operation: cannot call non-function limit (variable of type int)
