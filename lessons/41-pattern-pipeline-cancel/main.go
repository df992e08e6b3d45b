// A pipeline whose stages stop as soon as the consumer closes done.
package main

import (
	"fmt"
	"sync"
)

// numbers sends 1, 2, 3, ... until done is closed.
func numbers(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := 1; ; n++ {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// square sends the square of each number it receives, until done is closed.
func square(done <-chan struct{}, in <-chan int, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	squares := square(done, numbers(done, &wg), &wg)
	for i := 0; i < 4; i++ {
		fmt.Println(<-squares)
	}
	close(done) // one close reaches every stage at once
	wg.Wait()
	fmt.Println("all stages stopped")
}
