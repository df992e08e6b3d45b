// Deadlock: a worker returns early without calling Done, so Wait waits forever.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	if id == 2 {
		fmt.Println("worker 2: nothing to do")
		return // forgot wg.Done() on this path
	}
	fmt.Println("worker", id, "working")
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(id, &wg)
	}
	wg.Wait()
	fmt.Println("all done")
}
