// The racy counter fixed by ownership: one goroutine owns the count, the others send it requests.
package main

import (
	"fmt"
	"sync"
)

// owner is the only goroutine that ever touches count.
func owner(increments <-chan int, reads chan<- int) {
	count := 0
	for {
		select {
		case n := <-increments:
			count += n
		case reads <- count:
		}
	}
}

func incrementer(increments chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		increments <- 1
	}
}

func main() {
	increments := make(chan int)
	reads := make(chan int)
	go owner(increments, reads)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go incrementer(increments, &wg)
	}
	wg.Wait()
	fmt.Println("counter =", <-reads)
}
