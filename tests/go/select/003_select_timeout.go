// time.After in a select puts a deadline on waiting.
package main

import (
	"fmt"
	"time"
)

func slowAnswer(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("answer after ", d)
	}()
	return ch
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 500 * time.Millisecond} {
		select {
		case a := <-slowAnswer(d):
			fmt.Println(a)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("timed out waiting", d)
		}
	}
}

// Output:
// answer after 10ms
// timed out waiting 500ms
