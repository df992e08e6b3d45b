// Generic types with value and pointer methods, generic functions calling each other
// with their own type parameters, closures inside instances, and %T of instances.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Meters float64

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Scale[T Number](xs []T, k T) []T {
	return Map(xs, func(x T) T { return x * k })
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[K comparable, V any](m map[K]V, order []K) []K {
	var out []K
	for _, k := range order {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

type Lener interface{ Len() int }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	ints := &Stack[int]{}
	for i := 0; i < 3; i++ {
		ints.Push(i * i)
	}
	var l Lener = *ints
	fmt.Println(l.Len(), ints.items)
	fmt.Printf("%T %T\n", s, ints)

	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]Meters{1.5, 2}))
	fmt.Println(Scale([]int{1, 2}, 10), Scale([]Meters{1}, 2.5))
	fmt.Printf("%T\n", Scale([]Meters{1}, 2))
	fmt.Println(Keys(map[string]int{"x": 1, "z": 3}, []string{"x", "y", "z"}))
	fmt.Println(Keys(map[[2]int]bool{{1, 2}: true}, [][2]int{{1, 2}, {2, 1}}))
}

// Output:
// b true 1
// 3 [0 1 4]
// main.Stack[string] *main.Stack[int]
// 6 0.75 3.5
// [10 20] [2.5]
// []main.Meters
// [x z]
// [[1 2]]
