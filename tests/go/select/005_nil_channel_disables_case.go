// A nil channel is never ready, so setting a case's channel to nil turns it off.
// This merges two channels until both are closed.
package main

import "fmt"

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := source(1, 2, 3), source(10, 20)
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println(sum, count)
}

// Output:
// 36 5
