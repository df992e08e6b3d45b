// Goroutines report errors on a channel; the first error stops the collection.
package main

import (
	"errors"
	"fmt"
)

func task(id int) error {
	if id == 3 {
		return errors.New("task 3 failed")
	}
	return nil
}

func main() {
	errc := make(chan error, 5) // buffered: no goroutine blocks if we stop reading
	for i := 1; i <= 5; i++ {
		go func(id int) { errc <- task(id) }(i)
	}
	var firstErr error
	for i := 0; i < 5; i++ {
		if err := <-errc; err != nil && firstErr == nil {
			firstErr = err
		}
	}
	fmt.Println("first error:", firstErr)
}

// Output:
// first error: task 3 failed
