// Two goroutines take strict turns: each hit waits for the other side to take the ball.
package main

import "fmt"

// ping serves and then returns every ball that comes back, three times in all.
func ping(table chan int, done chan bool) {
	for hit := 1; hit <= 5; hit += 2 {
		fmt.Println("ping", hit)
		table <- hit
		<-table
	}
	done <- true
}

// pong returns every ball that ping hits.
func pong(table chan int) {
	for {
		hit := <-table
		fmt.Println("pong", hit+1)
		table <- hit + 1
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go ping(table, done)
	go pong(table)
	<-done
	fmt.Println("game over")
}
