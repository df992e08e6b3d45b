// Unlocking a mutex that is not locked is a fatal error, which recover cannot catch.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	mu.Unlock()
}

// Output:
// locked and unlocked
// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
