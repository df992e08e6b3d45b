// Go never converts between types implicitly.
package main

import "fmt"

func main() {
	count := 3
	count = "three"
	fmt.Println(count)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:10: cannot use "three" (untyped string constant) as int value in assignment
