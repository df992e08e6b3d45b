// A named type with a String method prints itself through fmt.
package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Blocked
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	case Blocked:
		return "blocked"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

func main() {
	fmt.Println(Idle, Running, Blocked)
	fmt.Println(State(7))
	fmt.Printf("%v %d %s\n", Running, Running, Blocked)
}

// Output:
// idle running blocked
// State(7)
// running 1 blocked
