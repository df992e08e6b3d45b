// time.After gives select a case that becomes ready when time runs out.
package main

import (
	"fmt"
	"time"
)

// server answers after `delay`. The reply channel has room for one value,
// so a late server can still send and finish even if nobody is listening.
func server(name string, delay time.Duration, reply chan<- string) {
	time.Sleep(delay)
	reply <- name + " says hello"
}

// ask waits for a reply at most one second.
func ask(name string, delay time.Duration) {
	reply := make(chan string, 1)
	go server(name, delay, reply)
	select {
	case r := <-reply:
		fmt.Println(r)
	case <-time.After(1 * time.Second):
		fmt.Println(name, "timed out")
	}
}

func main() {
	ask("fast", 300*time.Millisecond)
	ask("slow", 2*time.Second)
}
