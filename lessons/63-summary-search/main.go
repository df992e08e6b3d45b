// Goroutines, channels and select together: a search that asks three backends at once
// and answers with whatever has arrived when its time is up.
package main

import (
	"fmt"
	"time"
)

type Result struct {
	kind, text string
}

// backend is one search service; it answers after its latency.
func backend(kind string, latency time.Duration, query string, results chan<- Result) {
	time.Sleep(latency)
	results <- Result{kind, fmt.Sprintf("%s results for %q", kind, query)}
}

// search runs the backends concurrently (goroutines), collects their answers
// (a channel) and stops waiting at the deadline (select).
func search(query string, deadline time.Duration) []Result {
	results := make(chan Result, 3) // room for every answer, so late backends never block
	go backend("web", 20*time.Millisecond, query, results)
	go backend("image", 50*time.Millisecond, query, results)
	go backend("video", 120*time.Millisecond, query, results)

	var got []Result
	timeout := time.After(deadline)
	for len(got) < 3 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-timeout:
			fmt.Println("deadline reached")
			return got
		}
	}
	return got
}

func main() {
	for _, r := range search("gopher", 80*time.Millisecond) {
		fmt.Println(r.text)
	}
}
