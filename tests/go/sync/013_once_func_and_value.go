// Go: 1.21
// sync.OnceFunc, OnceValue and OnceValues (Go 1.21) wrap a function so it runs only once.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	setup := sync.OnceFunc(func() {
		calls++
		fmt.Println("setting up")
	})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("calls:", calls)

	answer := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(answer(), answer())

	port := sync.OnceValues(func() (int, error) { return strconv.Atoi("8080") })
	n, err := port()
	fmt.Println(n, err)
}

// Output:
// setting up
// calls: 1
// computing
// 42 42
// 8080 <nil>
