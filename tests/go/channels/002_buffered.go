// A buffered channel holds up to cap values; sends block only when it is full.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	fmt.Println(len(ch))
	ch <- 4
	fmt.Println(<-ch, <-ch, len(ch))
}

// Output:
// 2 3
// 3 3
// 1 2
// 1
// 3 4 0
