// A fixed pool of workers takes jobs from one channel and sends results on another.
package main

import (
	"fmt"
	"sync"
)

func worker(jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{j, j * 10}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan [2]int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for j := 0; j < 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)

	byJob := make([]int, 9)
	for r := range results {
		byJob[r[0]] = r[1]
	}
	fmt.Println(byJob)
}

// Output:
// [0 10 20 30 40 50 60 70 80]
