// Misusing a WaitGroup panics with Go's message, reported at the program's line.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

// Output:
// Exit: 2
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
