// time.Duration prints itself in a readable form.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		1500 * time.Nanosecond,
		time.Millisecond,
		1500 * time.Millisecond,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second,
		-30 * time.Second,
		100 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Println(time.Duration(1<<63 - 1))
	fmt.Printf("%v %s %d\n", 2*time.Second, time.Minute, time.Microsecond)
}

// Output:
// 0s
// 1ns
// 1.5µs
// 1ms
// 1.5s
// 1m30s
// 1h2m3s
// -30s
// 100h0m0s
// 2562047h47m16.854775807s
// 2s 1m0s 1000
