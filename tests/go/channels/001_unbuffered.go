// An unbuffered channel hands a value from sender to receiver; both wait for each other.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		ch <- "ping"
	}()
	msg := <-ch
	fmt.Println(msg)
}

// Output:
// ping
