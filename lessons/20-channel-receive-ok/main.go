// After close, receives drain what is buffered, then return the zero value with ok false.
package main

import "fmt"

func main() {
	mailbox := make(chan string, 2)
	mailbox <- "hello"
	mailbox <- "bye"
	close(mailbox)
	for i := 0; i < 4; i++ {
		letter, ok := <-mailbox
		fmt.Printf("letter %q, ok %v\n", letter, ok)
	}
}
