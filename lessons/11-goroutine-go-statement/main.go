// The go statement starts a function in a new goroutine and does not wait for it.
package main

import (
	"fmt"
	"time"
)

// say prints its word three times, pausing before each.
func say(word string, pause time.Duration) {
	for i := 1; i <= 3; i++ {
		time.Sleep(pause)
		fmt.Println(word, i)
	}
}

func main() {
	go say("ping", 30*time.Millisecond)
	say("pong", 40*time.Millisecond)
	fmt.Println("main is done")
}
