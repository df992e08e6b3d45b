// A data race: counter++ is a read, an add and a write, and goroutines interleave between them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var counter int

// incrementer adds 1 to counter five times, with the three steps of counter++ spelled out.
func incrementer(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		v := counter      // read
		runtime.Gosched() // let another goroutine run between the read and the write
		counter = v + 1   // add and write: overwrites whatever the others wrote meanwhile
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go incrementer(&wg)
	}
	wg.Wait()
	fmt.Println("counter =", counter, "but 4 x 5 increments were made")
}
