// Two goroutines take strict turns by passing a token over unbuffered channels.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		ball, ok := <-in
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, ball)
		if ball == 6 {
			close(out)
			done <- true
			return
		}
		out <- ball + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	<-done
	<-done
}

// Output:
// ping 1
// pong 2
// ping 3
// pong 4
// ping 5
// pong 6
