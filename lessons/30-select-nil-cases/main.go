// A nil channel is never ready, so setting a finished channel to nil turns its case off.
package main

import (
	"fmt"
	"time"
)

// producer sends n items, one every `every`, then closes its channel.
func producer(name string, n int, every time.Duration, out chan<- string) {
	for i := 1; i <= n; i++ {
		time.Sleep(every)
		out <- fmt.Sprintf("%s %d", name, i)
	}
	close(out)
}

func main() {
	apples := make(chan string)
	pears := make(chan string)
	go producer("apple", 2, 10*time.Millisecond, apples)
	go producer("pear", 3, 15*time.Millisecond, pears)

	for apples != nil || pears != nil {
		select {
		case a, ok := <-apples:
			if !ok {
				fmt.Println("no more apples")
				apples = nil // receiving from nil blocks forever: this case is now off
				continue
			}
			fmt.Println(a)
		case p, ok := <-pears:
			if !ok {
				fmt.Println("no more pears")
				pears = nil
				continue
			}
			fmt.Println(p)
		}
	}
	fmt.Println("both producers finished")
}
