// A Timer fires once; Stop cancels it, Reset arms it again.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	fmt.Println("second stop:", t.Stop())

	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop after firing:", t.Stop())

	done := make(chan bool)
	quick := time.NewTimer(10 * time.Millisecond)
	go func() {
		<-quick.C
		done <- true
	}()
	fmt.Println("quick timer fired:", <-done)
}

// Output:
// stopped before firing: true
// second stop: false
// fired after reset
// stop after firing: false
// quick timer fired: true
