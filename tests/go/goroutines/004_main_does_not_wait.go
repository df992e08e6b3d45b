// When main returns the program ends, even if other goroutines are still running.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	fmt.Println("main returns now")
}

// Output:
// main returns now
