// Two drones with a container each, sharing one yard and one destination: only one drone
// fits in the yard's loading bay at a time, and only one at the destination.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	items      = 12                    // items waiting at the yard
	loadTime   = 10 * time.Millisecond // put an item into the container, at the yard
	flyTime    = 10 * time.Millisecond // fly a container between the yard and the destination
	unloadTime = 10 * time.Millisecond // take the item out, at the destination
)

var yard, destination sync.Mutex // one drone at a time in each

// drone takes items from the shared pile and queues at the yard and the destination.
func drone(pile <-chan int, delivered chan<- int) {
	for item := range pile {
		yard.Lock()
		time.Sleep(loadTime)
		yard.Unlock()
		time.Sleep(flyTime)
		destination.Lock()
		time.Sleep(unloadTime)
		destination.Unlock()
		delivered <- item
		time.Sleep(flyTime)
	}
}

func main() {
	start := time.Now()
	pile := make(chan int, items)
	for item := 1; item <= items; item++ {
		pile <- item
	}
	close(pile)
	delivered := make(chan int)
	go drone(pile, delivered)
	go drone(pile, delivered)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("a container each:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
