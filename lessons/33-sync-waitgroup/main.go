// A WaitGroup lets main wait until every worker has called Done.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done() // whatever happens, count this worker as finished
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	for id := 3; id >= 1; id-- {
		wg.Add(1) // before go, so Wait cannot miss this worker
		go worker(id, &wg)
	}
	wg.Wait()
	fmt.Println("all workers done")
}
