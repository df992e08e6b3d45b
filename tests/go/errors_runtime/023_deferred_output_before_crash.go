// Deferred calls run before the panic message is printed.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	var arr [4]int
	idx := len(arr) + 2
	arr[idx%8] = 1
}

// Output:
// deferred 2
// deferred 1
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [6] with length 4
//
// goroutine 1 [running]:
