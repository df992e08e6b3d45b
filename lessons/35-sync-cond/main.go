// A bounded queue built from a Mutex and two Conds: Wait, Signal and Broadcast.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond // signalled when an item is added or the queue closes
	notFull  *sync.Cond // signalled when an item is taken
	items    []int
	capacity int
	closed   bool
}

func NewQueue(capacity int) *Queue {
	q := &Queue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait() // unlocks mu while asleep, locks it again on waking
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal() // wake one waiting consumer
}

// Get returns false once the queue is closed and empty.
func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal() // wake one waiting producer
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.notEmpty.Broadcast() // wake every consumer so each can see closed
}

// consumer adds up what it takes until the queue is closed and empty.
func consumer(q *Queue, sums chan<- int) {
	sum := 0
	for {
		v, ok := q.Get()
		if !ok {
			break
		}
		sum += v
	}
	sums <- sum
}

func main() {
	q := NewQueue(2)
	sums := make(chan int)
	go consumer(q, sums)
	go consumer(q, sums)
	for v := 1; v <= 6; v++ {
		q.Put(v) // blocks while two items are waiting
		fmt.Println("put", v)
	}
	time.Sleep(10 * time.Millisecond) // let both consumers empty the queue and wait
	q.Close()
	fmt.Println("closed")
	total := <-sums + <-sums
	fmt.Println("both consumers stopped; total", total)
}
