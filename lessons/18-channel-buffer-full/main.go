// A full buffer blocks the sender, and here nobody else will ever receive.
package main

import "fmt"

func main() {
	queue := make(chan string, 3)
	for _, job := range []string{"wash", "dry", "fold", "iron"} {
		queue <- job
		fmt.Println("queued", job)
	}
	fmt.Println("all queued")
}
