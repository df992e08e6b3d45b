// A goroutine that blocks gives up its processor: the others keep running.
package main

import (
	"fmt"
	"time"
)

// sleeper blocks for a whole second.
func sleeper(woke chan<- bool) {
	time.Sleep(time.Second)
	woke <- true
}

// listener blocks until somebody sends it a message.
func listener(inbox <-chan string, heard chan<- string) {
	heard <- <-inbox
}

// crunch keeps a processor busy with arithmetic.
func crunch(job int, sums chan<- int) {
	sum := 0
	for i := 1; i <= 1000; i++ {
		sum += i * job
	}
	sums <- sum
}

func main() {
	start := time.Now()
	woke := make(chan bool)
	inbox, heard := make(chan string), make(chan string)
	go sleeper(woke)
	go listener(inbox, heard)
	sums := make(chan int)
	for job := 1; job <= 4; job++ {
		go crunch(job, sums)
	}
	total := 0
	for job := 1; job <= 4; job++ {
		total += <-sums
	}
	fmt.Println("crunchers done after", time.Since(start).Round(time.Microsecond), "with total", total)
	inbox <- "hello"
	fmt.Println("listener heard", <-heard)
	<-woke
	fmt.Println("sleeper woke after", time.Since(start).Round(time.Millisecond))
}
