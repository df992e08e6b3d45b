// A select with a default case never blocks: it is a non-blocking send or receive.
package main

import "fmt"

// tryReceive takes a letter if one is waiting and returns at once either way.
func tryReceive(mailbox chan string) {
	select {
	case letter := <-mailbox:
		fmt.Println("received", letter)
	default:
		fmt.Println("no mail")
	}
}

// trySend drops the letter when the mailbox is full instead of waiting.
func trySend(mailbox chan string, letter string) {
	select {
	case mailbox <- letter:
		fmt.Println("sent", letter)
	default:
		fmt.Println("mailbox full, dropped", letter)
	}
}

func main() {
	mailbox := make(chan string, 1)
	tryReceive(mailbox)
	trySend(mailbox, "hello")
	trySend(mailbox, "again")
	tryReceive(mailbox)
	tryReceive(mailbox)
}
