// Many senders, one close: a WaitGroup tells a closer goroutine when every sender is done.
package main

import (
	"fmt"
	"sync"
	"time"
)

// squarer squares its numbers, one every `pause`, and sends the results.
func squarer(nums []int, pause time.Duration, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, n := range nums {
		time.Sleep(pause)
		results <- n * n
	}
}

// closer closes results once every squarer has called Done.
func closer(results chan<- int, wg *sync.WaitGroup) {
	wg.Wait()
	close(results)
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	wg.Add(3)
	go squarer([]int{1, 2}, 10*time.Millisecond, results, &wg)
	go squarer([]int{3, 4}, 15*time.Millisecond, results, &wg)
	go squarer([]int{5}, 40*time.Millisecond, results, &wg)
	go closer(results, &wg)

	sum := 0
	for r := range results { // ends when closer closes results
		fmt.Println("got", r)
		sum += r
	}
	fmt.Println("sum", sum)
}
