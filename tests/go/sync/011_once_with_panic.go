// If the function passed to Once.Do panics, Do still counts it as done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() {
			calls++
			panic("init failed")
		})
	}()
	once.Do(func() { calls++ })
	fmt.Println("calls:", calls)
}

// Output:
// recovered: init failed
// calls: 1
