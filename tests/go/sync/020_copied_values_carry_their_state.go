// Go: 1.22
// A sync value copied after use carries the state it had, as Go copies the words: a
// copied locked Mutex is locked, and a WaitGroup passed by value gets its own counter,
// so Done on the copy never reaches the original (the classic bug: go vet's copylocks).
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) { // wg is a copy
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	var m sync.Mutex
	m.Lock()
	copied := m
	fmt.Println("copy of a locked mutex can be locked:", copied.TryLock())
	m.Unlock()
	fmt.Println("original after Unlock:", m.TryLock())

	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	again := once
	again.Do(func() { fmt.Println("not printed: the copy is done too") })

	var wg sync.WaitGroup
	wg.Add(1)
	worker(1, wg)
	wg.Wait()
}

// Output:
// copy of a locked mutex can be locked: false
// original after Unlock: true
// once
// worker 1 done
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
