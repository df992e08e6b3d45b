// runtime.NumGoroutine counts the goroutines that exist right now.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(release)
}

// Output:
// at start: 1
// while blocked: 4
