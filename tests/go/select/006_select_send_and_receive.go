// A select can mix sends and receives: a bounded queue that accepts input while it has room
// and offers output while it has items.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		var queue []int
		for in != nil || len(queue) > 0 {
			var sendCh chan int
			var next int
			if len(queue) > 0 {
				sendCh = out // enable the send case only when there is something to send
				next = queue[0]
			}
			select {
			case v, ok := <-in:
				if !ok {
					in = nil
					continue
				}
				queue = append(queue, v)
			case sendCh <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	for v := range out {
		fmt.Print(v, ";")
	}
	fmt.Println()
}

// Output:
// 1;2;3;4;5;
