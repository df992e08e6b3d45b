// When main returns the program ends, whatever its other goroutines are doing.
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
	fmt.Println(word, "finished")
}

func main() {
	go say("ping", 30*time.Millisecond)
	time.Sleep(70 * time.Millisecond)
	fmt.Println("main returns")
}
