// sync.Mutex is not reentrant: locking it twice in one goroutine deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never printed")
}

// Output:
// locked once
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
