// A generic linked list with a method that takes a function.
package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	l.Each(func(v T) { acc = f(acc, v) })
	return acc
}

func main() {
	var l List[int]
	for i := 1; i <= 4; i++ {
		l.Prepend(i)
	}
	l.Each(func(v int) { fmt.Print(v, ";") })
	fmt.Println()
	fmt.Println(l.size, Reduce(&l, 0, func(a, v int) int { return a + v }))
	fmt.Println(Reduce(&l, "", func(a string, v int) string { return a + fmt.Sprint(v) }))
}

// Output:
// 4;3;2;1;
// 4 10
// 4321
