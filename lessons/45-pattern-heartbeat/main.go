// A heartbeat: a long job sends "still alive" pulses so its caller can tell slow from stuck.
package main

import (
	"fmt"
	"time"
)

// worker needs 350ms for its job and pulses every 100ms meanwhile.
func worker(heartbeat chan<- string, result chan<- int) {
	pulse := time.NewTicker(100 * time.Millisecond)
	defer pulse.Stop()
	finished := time.After(350 * time.Millisecond)
	for {
		select {
		case <-pulse.C:
			select {
			case heartbeat <- "alive":
			default: // nobody listening: skip the beat rather than block the work
			}
		case <-finished:
			result <- 42
			return
		}
	}
}

func main() {
	heartbeat := make(chan string)
	result := make(chan int)
	go worker(heartbeat, result)
	for {
		select {
		case h := <-heartbeat:
			fmt.Println("heartbeat:", h)
		case r := <-result:
			fmt.Println("result:", r)
			return
		case <-time.After(250 * time.Millisecond): // no pulse for 250ms: assume stuck
			fmt.Println("worker seems stuck")
			return
		}
	}
}
