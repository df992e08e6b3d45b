// range over a channel that is never closed waits forever after the last value.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	for v := range ch {
		fmt.Println(v)
	}
}

// Output:
// 1
// 2
// 3
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
