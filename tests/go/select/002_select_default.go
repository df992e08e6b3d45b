// With a default case, select never blocks: a non-blocking send or receive.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
}

// Output:
// 0 false
// true false
// 1 true
// 0 false
