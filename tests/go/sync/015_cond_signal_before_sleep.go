// A Locker whose Unlock lets other goroutines run: a Signal made after the waiter's
// Unlock but before it sleeps still wakes it (Go's Cond takes a ticket first).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type yieldingLocker struct{ mu sync.Mutex }

func (l *yieldingLocker) Lock() { l.mu.Lock() }
func (l *yieldingLocker) Unlock() {
	l.mu.Unlock()
	runtime.Gosched()
	runtime.Gosched()
}

func main() {
	var l yieldingLocker
	c := sync.NewCond(&l)
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		l.Lock()
		ready <- true
		c.Wait()
		l.Unlock()
		done <- true
	}()
	<-ready
	l.Lock()
	c.Signal()
	fmt.Println("signalled")
	l.Unlock()
	<-done
	fmt.Println("waiter woke")
}

// Output:
// signalled
// waiter woke
