// Two kinds of timeout: one per message, and one for the whole conversation.
package main

import (
	"fmt"
	"time"
)

// talker speaks every 300ms, forever.
func talker(name string) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; ; i++ {
			time.Sleep(300 * time.Millisecond)
			out <- fmt.Sprintf("%s %d", name, i)
		}
	}()
	return out
}

func main() {
	joe := talker("Joe")
	timeout := time.After(1 * time.Second) // made once: the whole conversation
	for {
		select {
		case s := <-joe:
			fmt.Println(s)
		case <-time.After(500 * time.Millisecond): // made every time round: one message
			fmt.Println("Joe is too slow")
			return
		case <-timeout:
			fmt.Println("You talk too much.")
			return
		}
	}
}
