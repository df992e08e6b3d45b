// Three drones as a pipeline: a loader at the yard, a carrier in the air, an unloader at
// the destination. Each does one job and hands the container to the next.
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

// loader fills a container with each item and hands it to the carrier.
func loader(loaded chan<- int) {
	for item := 1; item <= items; item++ {
		time.Sleep(loadTime)
		loaded <- item
	}
	close(loaded)
}

// carrier flies each loaded container out, hands it over, and flies back for the next.
func carrier(loaded <-chan int, arrived chan<- int) {
	for item := range loaded {
		time.Sleep(flyTime)
		arrived <- item
		time.Sleep(flyTime)
	}
	close(arrived)
}

// unloader empties each container that arrives.
func unloader(arrived <-chan int, delivered chan<- int) {
	for item := range arrived {
		time.Sleep(unloadTime)
		delivered <- item
	}
}

func main() {
	start := time.Now()
	loaded := make(chan int)
	arrived := make(chan int)
	delivered := make(chan int)
	go loader(loaded)
	go carrier(loaded, arrived)
	go unloader(arrived, delivered)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("three-drone pipeline:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
