// A constraint can require methods as well as types.
package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	Show() string
}

type ID int

func (i ID) Show() string { return fmt.Sprintf("#%d", int(i)) }

type Tag string

func (t Tag) Show() string { return "<" + string(t) + ">" }

func JoinAll[T Shower](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, sep)
}

type Ordered interface {
	~int | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	fmt.Println(JoinAll([]Tag{"a", "b"}, ""))
	fmt.Println(Max(3, 7), Max("pear", "apple"), Max(2.5, -1.0))
}

// Output:
// #1, #2, #3
// <a><b>
// 7 pear 2.5
