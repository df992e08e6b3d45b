// Operands and call arguments are evaluated left to right.
package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("eval", name)
	return v
}

func pair(a, b int) int { return a*10 + b }

func main() {
	x := trace("a", 1) + trace("b", 2)*trace("c", 3)
	fmt.Println(x)
	fmt.Println(pair(trace("first", 1), trace("second", 2)))
	m := map[int]int{}
	m[trace("key", 1)] = trace("value", 2)
	fmt.Println(m)
}

// Output:
// eval a
// eval b
// eval c
// 7
// eval first
// eval second
// 12
// eval key
// eval value
// map[1:2]
