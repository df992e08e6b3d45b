// runtime.Gosched puts the calling goroutine at the back of the line: two goroutines
// that print and yield take turns, as on one processor in Go.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func player(name string, wg *sync.WaitGroup) {
	for i := 0; i < 3; i++ {
		fmt.Print(name, i, " ")
		runtime.Gosched()
	}
	wg.Done()
}

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(2)
	go player("a", &wg)
	go player("b", &wg)
	wg.Wait()
	fmt.Println()
}

// Output:
// b0 a0 b1 a1 b2 a2 
