// A panic value with a String method is reported through it, as Go's runtime does.
package main

type State int

func (s State) String() string { return "state #" + string(rune('0'+int(s))) }

func main() {
	panic(State(3))
}

// Output:
// Exit: 2
// Stderr:
// panic: state #3
//
// goroutine 1 [running]:
