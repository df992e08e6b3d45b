// Sending on a closed channel is a bug, and Go stops the program with a panic.
package main

import (
	"fmt"
	"time"
)

// reporter sends two reports; by the time of the second, main has closed the channel.
func reporter(reports chan string, goOn chan bool) {
	reports <- "first report"
	<-goOn
	reports <- "late report"
}

func main() {
	reports := make(chan string)
	goOn := make(chan bool)
	go reporter(reports, goOn)
	fmt.Println(<-reports)
	close(reports) // main decides there will be no more reports
	goOn <- true
	time.Sleep(time.Second)
	fmt.Println("main is done")
}
