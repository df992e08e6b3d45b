// After close, buffered values are still delivered; then receives return the
// zero value immediately, and the comma-ok form reports false.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 10
	ch <- 20
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch))
}

// Output:
// 10 true
// 20 true
// 0 false
// 0 0
