// Returning more values than the function declares.
package main

func half(n int) int {
	return n / 2, n % 2
}

func main() {
	_ = half(3)
}

// Output:
// Exit: 1
// Stderr:
// FILE:5:16: too many return values
