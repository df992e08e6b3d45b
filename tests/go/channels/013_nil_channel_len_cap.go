// len and cap of channels, including a nil channel.
package main

import "fmt"

func main() {
	var nilCh chan int
	unbuf := make(chan int)
	buf := make(chan int, 5)
	buf <- 1
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	fmt.Println(len(unbuf), cap(unbuf))
	fmt.Println(len(buf), cap(buf))
	c2 := buf
	fmt.Println(c2 == buf, <-c2, len(buf))
}

// Output:
// 0 0 true
// 0 0
// 1 5
// true 1 0
