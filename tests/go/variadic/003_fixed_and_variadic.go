// Fixed parameters come first; the variadic one must be last.
package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(level string, format string, args ...interface{}) {
	fmt.Printf("["+level+"] "+format+"\n", args...)
}

func main() {
	fmt.Println(join(", ", "a", "b", "c"))
	fmt.Println(join("-"))
	logf("INFO", "%d workers started in %s", 4, "pool")
	logf("WARN", "no arguments")
}

// Output:
// a, b, c
//
// [INFO] 4 workers started in pool
// [WARN] no arguments
