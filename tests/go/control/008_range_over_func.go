// Go: 1.23
// Since Go 1.23, range accepts iterator functions: func(yield func(V) bool).
// The loop body runs inside yield; break makes yield return false.
package main

import "fmt"

func Countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func Times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	for x := range Countdown(3) {
		fmt.Println(x)
	}
	for x := range Countdown(10) {
		if x == 7 {
			break
		}
		fmt.Println("early", x)
	}
	for i, w := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, w)
	}
	n := 0
	for range Times(4) {
		n++
	}
	fmt.Println("times", n)
}

// Output:
// 3
// 2
// 1
// early 10
// early 9
// early 8
// 0 a
// 1 b
// times 4
