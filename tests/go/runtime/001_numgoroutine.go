// runtime.NumGoroutine rises while goroutines run and falls when they finish.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	stop := make(chan struct{})
	finished := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			<-stop
			finished <- struct{}{}
		}()
	}
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	for i := 0; i < 5; i++ {
		<-finished
	}
	// A goroutine that has sent may not have exited yet; wait until it has.
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
}

// Output:
// 1
// 6
// 1
