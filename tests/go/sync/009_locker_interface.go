// sync.Locker is the interface of Lock and Unlock; RLocker adapts an RWMutex's read side.
package main

import (
	"fmt"
	"sync"
)

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	total := 0
	withLock(&mu, func() { total++ })
	withLock(&rw, func() { total++ })
	r := rw.RLocker()
	withLock(r, func() { total++ })
	withLock(r, func() { total++ })
	fmt.Println(total)
}

// Output:
// 4
