// Re-panicking with the recovered value marks the first panic [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after:", r)
		panic(r)
	}()
	panic("unrecoverable state")
}

// Output:
// cleanup after: unrecoverable state
// Exit: 2
// Stderr:
// panic: unrecoverable state [recovered]
// 	panic: unrecoverable state
//
// goroutine 1 [running]:
