// Generic linked types, generic functions as values (F[int]), method values of generic
// types, variadic generic functions with several results, promoted generic methods.
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

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func MinMax[T int | float64 | string](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double[T int | float64](x T) T { return x * 2 }

type Named struct{ List[string] }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println(sum, l.size)
	fmt.Println(MinMax(3, 1, 2))
	fmt.Println(MinMax("b", "a", "c"))
	lo, hi := MinMax(2.5, -1.0)
	fmt.Println(lo, hi)
	d := Double[int]
	fmt.Println(Apply(3, d, Double[int]), Apply(1.5, Double[float64]))
	var n Named
	n.Push("x")
	n.Each(func(s string) { fmt.Println("named", s) })
	push := l.Push
	push(10)
	fmt.Println(l.size, l.head.val)
	fmt.Printf("%T %T\n", l.head, n)
}

// Output:
// 3 2
// 1 3
// a c
// -1 2.5
// 12 3
// named x
// 3 10
// *main.node[int] main.Named
