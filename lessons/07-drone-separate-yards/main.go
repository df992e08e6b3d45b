// Two drones, each with its own container, its own half of the pile, its own yard and its
// own destination: nothing is shared, so nobody ever waits for anybody.
package main

import (
	"fmt"
	"time"
)

const (
	items      = 12                    // items waiting, split between the two yards
	loadTime   = 10 * time.Millisecond // put an item into the container, at the yard
	flyTime    = 10 * time.Millisecond // fly a container between the yard and the destination
	unloadTime = 10 * time.Millisecond // take the item out, at the destination
)

// drone moves its own pile from its own yard to its own destination.
func drone(pile <-chan int, delivered chan<- int) {
	for item := range pile {
		time.Sleep(loadTime)
		time.Sleep(flyTime)
		time.Sleep(unloadTime)
		delivered <- item
		time.Sleep(flyTime)
	}
}

func main() {
	start := time.Now()
	north := make(chan int, items/2)
	south := make(chan int, items/2)
	for item := 1; item <= items; item += 2 {
		north <- item
		south <- item + 1
	}
	close(north)
	close(south)
	delivered := make(chan int)
	go drone(north, delivered)
	go drone(south, delivered)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("separate yards:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
