// Rate limiting: a ticker lets one request through every 200ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for id := 1; id <= 5; id++ {
		requests <- id
	}
	close(requests)

	start := time.Now()
	limiter := time.NewTicker(200 * time.Millisecond)
	defer limiter.Stop()
	for id := range requests {
		<-limiter.C // wait for the next tick before serving
		fmt.Println("request", id, "at", time.Since(start).Round(100*time.Millisecond))
	}
}
