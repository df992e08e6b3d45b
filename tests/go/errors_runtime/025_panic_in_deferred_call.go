// A panic inside a deferred call while panicking prints both panics.
package main

import "fmt"

func main() {
	defer func() {
		panic("second: cleanup failed")
	}()
	fmt.Println("working")
	panic("first: work failed")
}

// Output:
// working
// Exit: 2
// Stderr:
// panic: first: work failed
// 	panic: second: cleanup failed
//
// goroutine 1 [running]:
