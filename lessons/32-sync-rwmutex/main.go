// An RWMutex lets many readers in together, but a writer only alone.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu    sync.RWMutex
	price = 100
)

// reader arrives after `arrive`, then holds the read lock for 10ms.
func reader(id int, arrive time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(arrive)
	mu.RLock()
	defer mu.RUnlock()
	time.Sleep(10 * time.Millisecond) // reading takes a while
	fmt.Printf("reader %d saw price %d\n", id, price)
}

// writer arrives at 5ms and needs the lock to itself for 10ms.
func writer(wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(5 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	price = 120
	fmt.Println("writer set price 120")
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(5)
	go reader(1, 0, &wg)
	go reader(2, 1*time.Millisecond, &wg)
	go reader(3, 2*time.Millisecond, &wg)
	go writer(&wg)
	go reader(4, 8*time.Millisecond, &wg) // comes while the writer is waiting
	wg.Wait()
	fmt.Println("about", time.Since(start).Round(10*time.Millisecond), "in all")
}
