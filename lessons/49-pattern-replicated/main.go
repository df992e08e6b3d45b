// Replicated requests: ask every replica, keep the fastest reply, ignore the rest.
package main

import (
	"fmt"
	"time"
)

// replica answers after its own latency.
func replica(name string, latency time.Duration, query string, replies chan<- string) {
	time.Sleep(latency)
	replies <- name + " answered " + query
}

// first sends the query to all replicas and returns the first reply.
func first(query string) string {
	// One slot per replica: the slow ones can still send and exit, nothing leaks.
	replies := make(chan string, 3)
	go replica("replica-1", 80*time.Millisecond, query, replies)
	go replica("replica-2", 30*time.Millisecond, query, replies)
	go replica("replica-3", 50*time.Millisecond, query, replies)
	return <-replies
}

func main() {
	start := time.Now()
	fmt.Println(first("golang"))
	fmt.Println("took about", time.Since(start).Round(10*time.Millisecond))
}
