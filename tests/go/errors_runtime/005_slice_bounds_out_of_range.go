// Slicing beyond the capacity panics.
package main

import "fmt"

func main() {
	s := make([]int, 3)
	n := 5
	fmt.Println(s[:3])
	fmt.Println(s[:n])
}

// Output:
// [0 0 0]
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:5] with capacity 3
//
// goroutine 1 [running]:
