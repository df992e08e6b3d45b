// Fan-in: merge several channels into one, so whoever is ready speaks first.
package main

import (
	"fmt"
	"time"
)

// talker says something every `pause` on the channel it returns.
func talker(name string, pause time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; ; i++ {
			time.Sleep(pause)
			out <- fmt.Sprintf("%s %d", name, i)
		}
	}()
	return out
}

// fanIn forwards from both inputs to one output.
func fanIn(a, b <-chan string) <-chan string {
	merged := make(chan string)
	go func() {
		for {
			select {
			case s := <-a:
				merged <- s
			case s := <-b:
				merged <- s
			}
		}
	}()
	return merged
}

func main() {
	messages := fanIn(talker("Joe", 20*time.Millisecond), talker("Ann", 35*time.Millisecond))
	for i := 0; i < 6; i++ {
		fmt.Println(<-messages)
	}
	fmt.Println("You're both boring; I'm leaving.")
}
