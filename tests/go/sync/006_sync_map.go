// sync.Map is a concurrent map with Load, Store, LoadOrStore, LoadAndDelete, Delete and Range.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprint("k", i), i*i)
		}(i)
	}
	wg.Wait()

	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	_, ok = m.Load("missing")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("k3", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 100)
	fmt.Println(actual, loaded)
	m.Delete("k0")
	v, loaded = m.LoadAndDelete("k1")
	fmt.Println(v, loaded)

	var keys []string
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

// Output:
// 9 true
// false
// 9 true
// 100 false
// 1 true
// [k2=4 k3=9 k4=16 new=100]
