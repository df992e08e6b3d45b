// One drone moves the whole pile by itself: load, fly out, unload, fly back, item by item.
package main

import (
	"fmt"
	"time"
)

const (
	items      = 12                    // items waiting at the yard
	loadTime   = 10 * time.Millisecond // put an item into the container, at the yard
	flyTime    = 10 * time.Millisecond // fly a container between the yard and the destination
	unloadTime = 10 * time.Millisecond // take the item out, at the destination
)

// drone does every job for every item, one after another.
func drone(delivered chan<- int) {
	for item := 1; item <= items; item++ {
		time.Sleep(loadTime)
		time.Sleep(flyTime)
		time.Sleep(unloadTime)
		delivered <- item
		time.Sleep(flyTime) // back to the yard with the empty container
	}
}

func main() {
	start := time.Now()
	delivered := make(chan int)
	go drone(delivered)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("one drone:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
