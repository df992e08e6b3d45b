// os.Exit(0) stops a program successfully, even with goroutines still running.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	fmt.Println("stopping early")
	os.Exit(0)
}

// Output:
// stopping early
