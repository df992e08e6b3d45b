// Go passes arguments by value; pass a pointer to let a function change a variable.
package main

import "fmt"

func incrementCopy(n int) { n++ }

func increment(n *int) { *n++ }

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	n := 10
	incrementCopy(n)
	fmt.Println(n)
	increment(&n)
	increment(&n)
	fmt.Println(n)

	x, y := "left", "right"
	swap(&x, &y)
	fmt.Println(x, y)
}

// Output:
// 10
// 12
// right left
