// Functions that take and return functions.
package main

import (
	"fmt"
	"strings"
)

func filter(xs []string, keep func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func main() {
	words := []string{"go", "chan", "select", "goroutine"}
	fmt.Println(filter(words, func(w string) bool { return strings.HasPrefix(w, "go") }))
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hello"))
}

// Output:
// [go goroutine]
// HELLO!
