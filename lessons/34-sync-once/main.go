// sync.Once runs a function exactly once, however many goroutines ask for it.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

// loadConfig is slow; the handlers that arrive meanwhile wait inside once.Do.
func loadConfig() {
	loads++
	time.Sleep(10 * time.Millisecond)
	config = map[string]string{"mode": "fast"}
}

func handler(id int, seen []string, wg *sync.WaitGroup) {
	defer wg.Done()
	once.Do(loadConfig)
	seen[id] = config["mode"] // Do has returned, so config is ready
}

func main() {
	seen := make([]string, 3)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go handler(id, seen, &wg)
	}
	wg.Wait()
	for id, mode := range seen {
		fmt.Printf("handler %d saw mode %q\n", id, mode)
	}
	fmt.Println("config loaded", loads, "time(s)")
}
