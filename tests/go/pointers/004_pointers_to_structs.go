// Fields are reached through a struct pointer without an explicit *.
package main

import "fmt"

type node struct {
	value int
	next  *node
}

func main() {
	var head *node
	for i := 3; i >= 1; i-- {
		head = &node{value: i, next: head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.value, ";")
	}
	fmt.Println()
	head.next.value = 20
	(*head).value = 10
	fmt.Println(head.value, head.next.value, head.next.next.value, head.next.next.next == nil)
}

// Output:
// 1;2;3;
// 10 20 3 true
