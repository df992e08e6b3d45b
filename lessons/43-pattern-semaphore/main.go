// Bounded parallelism: a buffered channel as a semaphore lets at most 3 in at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu               sync.Mutex
	inFlight, atOnce int
)

// download holds one semaphore slot for as long as it works.
func download(file int, slots chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	slots <- struct{}{}        // take a slot; blocks while all 3 are taken
	defer func() { <-slots }() // give it back

	mu.Lock()
	inFlight++
	if inFlight > atOnce {
		atOnce = inFlight
	}
	mu.Unlock()

	time.Sleep(time.Duration(10+file) * time.Millisecond)

	mu.Lock()
	inFlight--
	mu.Unlock()
}

func main() {
	slots := make(chan struct{}, 3)
	var wg sync.WaitGroup
	for file := 1; file <= 8; file++ {
		wg.Add(1)
		go download(file, slots, &wg)
	}
	wg.Wait()
	fmt.Println("8 files downloaded")
	fmt.Println("most at once:", atOnce)
}
