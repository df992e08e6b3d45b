// Four drones as a pipeline: loader, carrier, unloader and a returner that flies the
// empty containers back to the yard. Each drone does one short job over and over.
package main

import (
	"fmt"
	"time"
)

const (
	items      = 12                    // items waiting at the yard
	containers = 4                     // containers in circulation
	loadTime   = 10 * time.Millisecond // put an item into the container, at the yard
	flyTime    = 10 * time.Millisecond // fly a container between the yard and the destination
	unloadTime = 10 * time.Millisecond // take the item out, at the destination
)

// container is what the drones hand each other; item is 0 when it is empty.
type container struct {
	id, item int
}

// loader puts each item into an empty container and hands it to the carrier.
func loader(empties <-chan container, loaded chan<- container) {
	for item := 1; item <= items; item++ {
		c := <-empties
		time.Sleep(loadTime)
		c.item = item
		loaded <- c
	}
	close(loaded)
}

// carrier flies each loaded container to the destination.
func carrier(loaded <-chan container, arrived chan<- container) {
	for c := range loaded {
		time.Sleep(flyTime)
		arrived <- c
	}
	close(arrived)
}

// unloader takes the item out of each container and passes the empty container on.
func unloader(arrived <-chan container, emptied chan<- container, delivered chan<- int) {
	for c := range arrived {
		time.Sleep(unloadTime)
		delivered <- c.item
		c.item = 0
		emptied <- c
	}
	close(emptied)
}

// returner flies each empty container back to the yard.
func returner(emptied <-chan container, empties chan<- container) {
	for c := range emptied {
		time.Sleep(flyTime)
		empties <- c
	}
}

func main() {
	start := time.Now()
	empties := make(chan container, containers)
	for id := 1; id <= containers; id++ {
		empties <- container{id: id}
	}
	loaded := make(chan container)
	arrived := make(chan container)
	emptied := make(chan container)
	delivered := make(chan int)
	go loader(empties, loaded)
	go carrier(loaded, arrived)
	go unloader(arrived, emptied, delivered)
	go returner(emptied, empties)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("four-drone pipeline:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
