// Conditions must be booleans: integers are not truthy in Go.
package main

import "fmt"

func main() {
	n := 1
	if n {
		fmt.Println("one")
	}
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:5: non-boolean condition in if statement
