// Go: 1.23
// Iterators with two values, nested loops, continue, a switch's break inside the body,
// closures keeping each iteration's variable, and a return from the inner loop.
package main

import "fmt"

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(words []string, want string) (int, int) {
	for i := range Count(3) {
		for j, w := range Pairs(words) {
			if w == want+fmt.Sprint(i) {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	var fs []func() int
	sum := 0
	for i := range Count(6) {
		if i%2 == 1 {
			continue
		}
		switch i {
		case 4:
			break
		default:
			fs = append(fs, func() int { return i * 10 })
		}
		sum += i
	}
	fmt.Println(sum, len(fs), fs[0](), fs[1]())
	for i, s := range Pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	fmt.Println(find([]string{"x0", "y1", "x2"}, "x"))
	fmt.Println(find([]string{"x0", "y1", "x2"}, "y"))
	fmt.Println(find([]string{"q"}, "z"))
	n := 0
	for range Count(4) {
		n++
	}
	fmt.Println(n)
}

// Output:
// 6 2 0 20
// 0 a
// 1 b
// 0 0
// 1 1
// -1 -1
// 4
