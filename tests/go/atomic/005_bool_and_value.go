// atomic.Bool and atomic.Value hold a flag and an arbitrary value safely.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

func main() {
	var shuttingDown atomic.Bool
	fmt.Println(shuttingDown.Load())
	shuttingDown.Store(true)
	fmt.Println(shuttingDown.Load(), shuttingDown.Swap(false), shuttingDown.Load())
	fmt.Println(shuttingDown.CompareAndSwap(false, true), shuttingDown.Load())

	var cfg atomic.Value
	fmt.Println(cfg.Load() == nil)
	cfg.Store(Config{"v1", 2})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cfg.Load().(Config).Workers
		}()
	}
	wg.Wait()
	cfg.Store(Config{"v2", 8})
	fmt.Printf("%+v\n", cfg.Load().(Config))
	old := cfg.Swap(Config{"v3", 1})
	fmt.Println(old.(Config).Name, cfg.CompareAndSwap(Config{"v3", 1}, Config{"v4", 0}), cfg.Load())
}

// Output:
// false
// true true false
// true true
// true
// {Name:v2 Workers:8}
// v2 true {v4 0}
