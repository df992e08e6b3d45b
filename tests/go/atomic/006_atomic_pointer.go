// atomic.Pointer[T] (Go 1.19) swaps whole structures: readers always see a complete one.
package main

import (
	"fmt"
	"sync/atomic"
)

type Routes struct {
	version int
	table   map[string]string
}

func main() {
	var current atomic.Pointer[Routes]
	fmt.Println(current.Load() == nil)
	current.Store(&Routes{1, map[string]string{"/": "home"}})

	// Copy-on-write update.
	old := current.Load()
	next := &Routes{old.version + 1, map[string]string{}}
	for k, v := range old.table {
		next.table[k] = v
	}
	next.table["/about"] = "about"
	fmt.Println(current.CompareAndSwap(old, next))
	fmt.Println(current.CompareAndSwap(old, next))
	r := current.Load()
	fmt.Println(r.version, r.table)
	prev := current.Swap(nil)
	fmt.Println(prev.version, current.Load() == nil)
}

// Output:
// true
// true
// false
// 2 map[/:home /about:about]
// 2 true
