// Integer division by zero panics at run time (float division gives +Inf instead).
package main

import "fmt"

func average(sum, n int) int { return sum / n }

func main() {
	fmt.Println(average(10, 2))
	fmt.Println(average(10, 0))
}

// Output:
// 5
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
