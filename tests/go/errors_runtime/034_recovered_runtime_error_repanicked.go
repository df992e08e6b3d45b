// Re-panicking a recovered runtime error prints it twice, the first marked [recovered].
package main

import "fmt"

func divide(a, b int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("logging:", r)
			panic(r)
		}
	}()
	return a / b
}

func main() {
	fmt.Println(divide(6, 3))
	fmt.Println(divide(1, 0))
}

// Output:
// 2
// logging: runtime error: integer divide by zero
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero [recovered]
// 	panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
