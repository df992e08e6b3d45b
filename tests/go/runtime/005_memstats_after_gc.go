// runtime.ReadMemStats after runtime.GC: garbage is freed (Alloc stays small while TotalAlloc
// counts every byte ever allocated), what is still reachable stays, and NumGC counts.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var kept []string

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 20000; i++ {
		s := strings.Repeat("z", 1000)
		if i%1000 == 0 {
			kept = append(kept, s)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collected:", after.NumGC > before.NumGC)
	fmt.Println("allocated 20 MB:", after.TotalAlloc-before.TotalAlloc >= 20_000_000)
	fmt.Println("heap grew by less than 1 MB:", after.HeapAlloc < before.HeapAlloc+1_000_000)
	fmt.Println("kept:", len(kept), len(kept[19]))
}

// Output:
// collected: true
// allocated 20 MB: true
// heap grew by less than 1 MB: true
// kept: 20 1000
