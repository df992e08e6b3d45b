// := must declare at least one new variable on its left side.
package main

import "fmt"

func main() {
	x := 1
	x := 2
	fmt.Println(x)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:4: no new variables on left side of :=
