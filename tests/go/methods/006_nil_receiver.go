// A pointer method can be called with a nil receiver and handle it.
package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

func main() {
	var l *List
	fmt.Println(l.Len())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), l.val)
}

// Output:
// 0
// 3 3
