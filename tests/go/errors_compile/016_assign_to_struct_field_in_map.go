// A struct stored in a map is not addressable, so its fields cannot be assigned.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {1, 2}}
	m["a"].x = 10
	fmt.Println(m)
}

// Output:
// Exit: 1
// Stderr:
// FILE:10:2: cannot assign to struct field m["a"].x in map
