// Map keys must be comparable: slices are not.
package main

import "fmt"

func main() {
	m := map[[]int]string{}
	fmt.Println(len(m))
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:11: invalid map key type []int
