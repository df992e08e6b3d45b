// A receive can appear anywhere in an expression; the goroutine waits right there.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		a <- 20
		b <- 22
	}()
	fmt.Println("sum:", <-a+<-b)
	go func() { a <- 7 }()
	fmt.Println(<-a, "received inside a call")
	go func() { b <- 3 }()
	s := []int{10, 20, 30, 40}
	fmt.Println(s[<-b])
}

// Output:
// sum: 42
// 7 received inside a call
// 40
