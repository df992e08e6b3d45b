// chan struct{} carries no data: it is only a signal.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("working")
		done <- struct{}{}
	}()
	<-done
	fmt.Println("signalled")
	var a, b struct{}
	fmt.Println(a == b, [3]struct{}{})
}

// Output:
// working
// signalled
// true [{} {} {}]
