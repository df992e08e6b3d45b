// Eight independent jobs of pure arithmetic, each in its own goroutine. The program's
// structure is concurrent; whether the jobs run in parallel depends on the processors.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// crunch adds up the first thousand multiples of its job number: work for the CPU alone.
func crunch(job int, results chan<- int) {
	sum := 0
	for i := 1; i <= 1000; i++ {
		sum += i * job
	}
	results <- sum
}

func main() {
	start := time.Now()
	results := make(chan int)
	for job := 1; job <= 8; job++ {
		go crunch(job, results)
	}
	total := 0
	for job := 1; job <= 8; job++ {
		total += <-results
	}
	fmt.Println("processors:", runtime.GOMAXPROCS(0))
	fmt.Println("total:", total)
	fmt.Println("virtual time:", time.Since(start).Round(time.Microsecond))
}
