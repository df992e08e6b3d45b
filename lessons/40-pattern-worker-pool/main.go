// Fan-out: a pool of workers takes jobs from one channel and sends results to another.
package main

import (
	"fmt"
	"time"
)

// worker squares each job; a job n takes n*10ms.
func worker(id int, jobs <-chan int, results chan<- string) {
	for n := range jobs {
		time.Sleep(time.Duration(n) * 10 * time.Millisecond)
		results <- fmt.Sprintf("worker %d: %d squared is %d", id, n, n*n)
	}
}

func main() {
	jobs := make(chan int, 6)
	results := make(chan string, 6)
	for id := 1; id <= 3; id++ {
		go worker(id, jobs, results)
	}
	for _, n := range []int{4, 1, 2, 5, 3, 6} {
		jobs <- n
	}
	close(jobs) // workers' range loops end once the queue is empty
	for i := 0; i < 6; i++ {
		fmt.Println(<-results)
	}
}
