// select waits on several channels at once and takes whichever is ready first.
package main

import (
	"fmt"
	"time"
)

// reporter sends two messages on its own channel, one every `every`.
func reporter(topic string, every time.Duration, out chan<- string) {
	for i := 1; i <= 2; i++ {
		time.Sleep(every)
		out <- fmt.Sprintf("%s #%d", topic, i)
	}
}

func main() {
	news := make(chan string)
	weather := make(chan string)
	go reporter("news", 30*time.Millisecond, news)
	go reporter("weather", 20*time.Millisecond, weather)

	for i := 0; i < 4; i++ {
		select {
		case n := <-news:
			fmt.Println("news:   ", n)
		case w := <-weather:
			fmt.Println("weather:", w)
		}
	}
}
