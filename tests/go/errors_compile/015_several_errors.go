// The compiler reports several errors in one run.
package main

import "fmt"

func main() {
	a := undefinedOne
	b := undefinedTwo
	fmt.Println(a, b)
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:7: undefined: undefinedOne
// FILE:8:7: undefined: undefinedTwo
