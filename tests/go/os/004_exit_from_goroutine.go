// os.Exit from any goroutine ends the whole program immediately.
package main

import (
	"fmt"
	"os"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker: fatal condition, exiting")
		os.Exit(4)
	}()
	<-done
	fmt.Println("never printed")
}

// Output:
// worker: fatal condition, exiting
// Exit: 4
