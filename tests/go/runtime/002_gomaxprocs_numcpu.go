// GOMAXPROCS(0) reports the current setting without changing it; NumCPU is at least 1.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU() >= 1)
	procs := runtime.GOMAXPROCS(0)
	fmt.Println(procs >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev == procs, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println(runtime.GOMAXPROCS(0) == procs)
}

// Output:
// true
// true
// true 1
// true
