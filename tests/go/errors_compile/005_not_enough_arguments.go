// Calling a function with too few arguments.
package main

import "fmt"

func area(w, h int) int { return w * h }

func main() {
	fmt.Println(area(3))
}

// Output:
// Exit: 1
// Stderr:
// FILE:9:19: not enough arguments in call to area
