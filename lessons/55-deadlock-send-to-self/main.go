// Deadlock: main sends on an unbuffered channel that only main itself would receive from.
package main

import "fmt"

func main() {
	greetings := make(chan string)
	greetings <- "hello" // waits for a receiver; the receiver is the next line
	fmt.Println(<-greetings)
}
