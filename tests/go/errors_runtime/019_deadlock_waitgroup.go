// Forgetting a Done leaves Wait blocked forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			if id != 1 { // worker 1 forgets to call Done
				defer wg.Done()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("never printed")
}

// Output:
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
