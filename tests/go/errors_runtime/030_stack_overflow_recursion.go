// Unbounded recursion exhausts the goroutine stack: a fatal error, not a panic.
package main

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	println(depth(0))
}

// Output:
// Exit: 2
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
