// All six drone designs fly at the same time, each with its own pile of items, and report
// how long they took. The lesson draws their times as a bar chart.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	items      = 12                    // items waiting at the yard, in every design
	containers = 4                     // containers circulating in the four-drone pipeline
	loadTime   = 10 * time.Millisecond // put an item into the container, at the yard
	flyTime    = 10 * time.Millisecond // fly a container between the yard and the destination
	unloadTime = 10 * time.Millisecond // take the item out, at the destination
)

// newPile returns a closed channel holding the items from first to last, step apart.
func newPile(first, last, step int) chan int {
	pile := make(chan int, items)
	for item := first; item <= last; item += step {
		pile <- item
	}
	close(pile)
	return pile
}

// awaitDeliveries waits for every item to arrive and returns the time since start.
func awaitDeliveries(start time.Time, delivered <-chan int) time.Duration {
	for i := 0; i < items; i++ {
		<-delivered
	}
	return time.Since(start)
}

// soloDrone does every job for every item of its pile (designs 1 and 4).
func soloDrone(pile <-chan int, delivered chan<- int) {
	for item := range pile {
		time.Sleep(loadTime)
		time.Sleep(flyTime)
		time.Sleep(unloadTime)
		delivered <- item
		time.Sleep(flyTime)
	}
}

// sharingDrone works only while it holds the one container.
func sharingDrone(pile <-chan int, container chan string, delivered chan<- int) {
	for item := range pile {
		c := <-container
		time.Sleep(loadTime)
		time.Sleep(flyTime)
		time.Sleep(unloadTime)
		delivered <- item
		time.Sleep(flyTime)
		container <- c
	}
}

// queueingDrone has its own container but queues at the shared yard and destination.
func queueingDrone(pile <-chan int, yard, destination *sync.Mutex, delivered chan<- int) {
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

// loader, carrier and unloader are the three-drone pipeline.
func loader(loaded chan<- int) {
	for item := 1; item <= items; item++ {
		time.Sleep(loadTime)
		loaded <- item
	}
	close(loaded)
}

func carrier(loaded <-chan int, arrived chan<- int) {
	for item := range loaded {
		time.Sleep(flyTime)
		arrived <- item
		time.Sleep(flyTime)
	}
	close(arrived)
}

func unloader(arrived <-chan int, delivered chan<- int) {
	for item := range arrived {
		time.Sleep(unloadTime)
		delivered <- item
	}
}

// container travels round the four-drone pipeline; item is 0 when it is empty.
type container struct {
	id, item int
}

// loader4, carrier4, unloader4 and returner are the four-drone pipeline.
func loader4(empties <-chan container, loaded chan<- container) {
	for item := 1; item <= items; item++ {
		c := <-empties
		time.Sleep(loadTime)
		c.item = item
		loaded <- c
	}
	close(loaded)
}

func carrier4(loaded <-chan container, arrived chan<- container) {
	for c := range loaded {
		time.Sleep(flyTime)
		arrived <- c
	}
	close(arrived)
}

func unloader4(arrived <-chan container, emptied chan<- container, delivered chan<- int) {
	for c := range arrived {
		time.Sleep(unloadTime)
		delivered <- c.item
		c.item = 0
		emptied <- c
	}
	close(emptied)
}

func returner(emptied <-chan container, empties chan<- container) {
	for c := range emptied {
		time.Sleep(flyTime)
		empties <- c
	}
}

func oneDrone() time.Duration {
	start, delivered := time.Now(), make(chan int)
	go soloDrone(newPile(1, items, 1), delivered)
	return awaitDeliveries(start, delivered)
}

func oneContainer() time.Duration {
	start, delivered := time.Now(), make(chan int)
	pile, container := newPile(1, items, 1), make(chan string, 1)
	container <- "container"
	go sharingDrone(pile, container, delivered)
	go sharingDrone(pile, container, delivered)
	return awaitDeliveries(start, delivered)
}

func containerEach() time.Duration {
	start, delivered := time.Now(), make(chan int)
	pile := newPile(1, items, 1)
	var yard, destination sync.Mutex
	go queueingDrone(pile, &yard, &destination, delivered)
	go queueingDrone(pile, &yard, &destination, delivered)
	return awaitDeliveries(start, delivered)
}

func separateYards() time.Duration {
	start, delivered := time.Now(), make(chan int)
	go soloDrone(newPile(1, items, 2), delivered)
	go soloDrone(newPile(2, items, 2), delivered)
	return awaitDeliveries(start, delivered)
}

func threeDrones() time.Duration {
	start, delivered := time.Now(), make(chan int)
	loaded, arrived := make(chan int), make(chan int)
	go loader(loaded)
	go carrier(loaded, arrived)
	go unloader(arrived, delivered)
	return awaitDeliveries(start, delivered)
}

func fourDrones() time.Duration {
	start, delivered := time.Now(), make(chan int)
	empties := make(chan container, containers)
	for id := 1; id <= containers; id++ {
		empties <- container{id: id}
	}
	loaded, arrived, emptied := make(chan container), make(chan container), make(chan container)
	go loader4(empties, loaded)
	go carrier4(loaded, arrived)
	go unloader4(arrived, emptied, delivered)
	go returner(emptied, empties)
	return awaitDeliveries(start, delivered)
}

// fly runs design i and records its time.
func fly(i int, design func() time.Duration, times []time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	times[i] = design()
}

func main() {
	names := []string{"one drone", "two drones, one container", "a container each",
		"separate yards", "three-drone pipeline", "four-drone pipeline"}
	designs := []func() time.Duration{oneDrone, oneContainer, containerEach,
		separateYards, threeDrones, fourDrones}
	times := make([]time.Duration, len(designs))
	var wg sync.WaitGroup
	for i := range designs {
		wg.Add(1)
		go fly(i, designs[i], times, &wg)
	}
	wg.Wait()
	for i, took := range times {
		fmt.Printf("%s: %d items delivered in %dms\n", names[i], items, took.Milliseconds())
	}
	speedUp := float64(times[0]) / float64(times[len(times)-1])
	fmt.Printf("the four-drone pipeline is %.1f times as fast as one drone\n", speedUp)
}
