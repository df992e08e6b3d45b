// Recursive functions: factorial, Fibonacci and a tree walk.
package main

import "fmt"

func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type tree struct {
	left, right *tree
	val         int
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func main() {
	fmt.Println(factorial(20))
	fmt.Println(fib(25))
	t := &tree{val: 1, left: &tree{val: 2}, right: &tree{val: 3, left: &tree{val: 4}}}
	fmt.Println(t.sum())
}

// Output:
// 2432902008176640000
// 75025
// 10
