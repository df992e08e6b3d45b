// select {} blocks forever; with no other goroutine left it is a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker finished")
		done <- true
	}()
	<-done
	select {}
}

// Output:
// worker finished
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
