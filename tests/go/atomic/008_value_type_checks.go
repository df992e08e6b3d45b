// atomic.Value: Load before Store is nil, CompareAndSwap compares values, and storing
// a value of another type panics.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name    string
	Retries int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	fmt.Println(v.Load().(Config).Name)
	fmt.Println(v.CompareAndSwap(Config{"b", 1}, Config{"c", 2}))
	fmt.Println(v.CompareAndSwap(Config{"a", 1}, Config{"c", 2}))
	fmt.Println(v.Swap(Config{"d", 3}).(Config))
	fmt.Printf("%+v\n", v.Load())

	var s atomic.Value
	s.Store("text")
	fmt.Println(s.CompareAndSwap("text", "more"), s.Load())

	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store("not a Config")
}

// Output:
// true
// a
// false
// true
// {c 2}
// {Name:d Retries:3}
// true more
// recovered: sync/atomic: store of inconsistently typed value into Value
