// break and continue can only name labels of enclosing loops.
package main

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			break Outer
		}
	}
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:10: break label not defined: Outer
