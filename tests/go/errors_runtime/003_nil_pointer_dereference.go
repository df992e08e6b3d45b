// Dereferencing a nil pointer is a runtime panic.
package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

func main() {
	n := &Node{Value: 1}
	fmt.Println(n.Value)
	fmt.Println(n.Next.Value)
}

// Output:
// 1
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
