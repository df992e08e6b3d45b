// Writing to a nil map panics; reading from it is fine.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	m["x"] = 1
}

// Output:
// 0 0
// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
