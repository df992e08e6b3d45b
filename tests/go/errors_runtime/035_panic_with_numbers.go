// Panic values of basic types print plainly; named types print with their type name.
package main

import "fmt"

type ExitCode int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(ExitCode(7))
	}()
	panic(42)
}

// Output:
// recovered 42
// Exit: 2
// Stderr:
// panic: 42 [recovered]
// 	panic: main.ExitCode(7)
//
// goroutine 1 [running]:
