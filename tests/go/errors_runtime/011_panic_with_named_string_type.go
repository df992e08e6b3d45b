// A panic value of a named non-error type is printed with its type name.
package main

type Reason string

func main() {
	panic(Reason("disk on fire"))
}

// Output:
// Exit: 2
// Stderr:
// panic: main.Reason("disk on fire")
//
// goroutine 1 [running]:
