// The number of variables must match the number of values.
package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair()
	fmt.Println(x)
}

// Output:
// Exit: 1
// Stderr:
// FILE:9:7: assignment mismatch: 1 variable but pair returns 2 values
