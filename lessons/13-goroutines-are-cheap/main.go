// Ten thousand goroutines, each holding one number until main collects it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// hold waits until main is ready to take its number.
func hold(n int, numbers chan<- int) {
	numbers <- n
}

func main() {
	start := time.Now()
	numbers := make(chan int)
	for n := 1; n <= 10000; n++ {
		go hold(n, numbers)
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += <-numbers
	}
	fmt.Println("sum of their numbers:", sum)
	fmt.Println("virtual time:", time.Since(start).Round(time.Microsecond))
}
