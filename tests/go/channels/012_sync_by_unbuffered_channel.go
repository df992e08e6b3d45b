// An unbuffered send happens before the matching receive completes, so the write
// to msg is visible after the receive.
package main

import "fmt"

var msg string

func main() {
	done := make(chan bool)
	go func() {
		msg = "written by the goroutine"
		done <- true
	}()
	<-done
	fmt.Println(msg)
}

// Output:
// written by the goroutine
