// Generic types with several type parameters, and functions over them.
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[V any](m map[string]V) []Pair[string, V] {
	out := make([]Pair[string, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[string, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func main() {
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(SortedPairs(map[string]bool{"on": true, "off": false}))
	p := Pair[int, []string]{7, []string{"x"}}
	fmt.Println(p)
}

// Output:
// [a=1 b=2 c=3]
// [off=false on=true]
// 7=[x]
