// Passing values as arguments to the goroutine's function gives each its own copy.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	upper := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			upper[i] = strings.ToUpper(w)
		}(i, w)
	}
	wg.Wait()
	fmt.Println(strings.Join(upper, " "))
}

// Output:
// ALPHA BETA GAMMA
