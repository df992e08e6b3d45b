// Two drones but only one container: a drone can work only while it holds the container.
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

// drone takes items from the pile; for each one it first waits for the container.
func drone(pile <-chan int, container chan string, delivered chan<- int) {
	for item := range pile {
		c := <-container // wait until the other drone brings the container back
		time.Sleep(loadTime)
		time.Sleep(flyTime)
		time.Sleep(unloadTime)
		delivered <- item
		time.Sleep(flyTime)
		container <- c // hand the container over
	}
}

func main() {
	start := time.Now()
	pile := make(chan int, items)
	for item := 1; item <= items; item++ {
		pile <- item
	}
	close(pile)
	container := make(chan string, 1)
	container <- "container"
	delivered := make(chan int)
	go drone(pile, container, delivered)
	go drone(pile, container, delivered)
	for i := 0; i < items; i++ {
		<-delivered
	}
	fmt.Println("two drones, one container:", items, "items delivered in", time.Since(start).Round(time.Millisecond))
}
