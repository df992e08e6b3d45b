// The racy counter fixed with a Mutex: the read and the write happen under one lock.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu      sync.Mutex
	counter int
)

func incrementer(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		mu.Lock()
		v := counter
		runtime.Gosched() // others may run now, but they wait at mu.Lock
		counter = v + 1
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go incrementer(&wg)
	}
	wg.Wait()
	fmt.Println("counter =", counter)
}
