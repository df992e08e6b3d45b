// A String or Error method that panics prints Go's %!v(PANIC=...) form; a nil pointer
// receiver whose method panics prints <nil>.
package main

import "fmt"

type Broken struct{ n int }

func (b Broken) String() string {
	if b.n == 0 {
		panic("zero")
	}
	return "ok"
}

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("no message")) }

func main() {
	fmt.Println(Broken{1}, Broken{0})
	fmt.Printf("%s|%d\n", Broken{0}, Broken{0})
	var n *Node
	fmt.Println(n)
	fmt.Printf("[%v]\n", n)
	fmt.Println(BadErr{})
	s := fmt.Sprint(Broken{0})
	fmt.Println(len(s) > 0, "still running")
}

// Output:
// ok %!v(PANIC=String method: zero)
// %!s(PANIC=String method: zero)|{0}
// <nil>
// [<nil>]
// %!v(PANIC=Error method: no message)
// true still running
