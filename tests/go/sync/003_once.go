// sync.Once runs a function exactly once, however many goroutines call Do.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]int
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]int{"workers": 4}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	once.Do(func() { fmt.Println("not called: Do already ran") })
	fmt.Println(inits, config["workers"])
}

// Output:
// 1 4
