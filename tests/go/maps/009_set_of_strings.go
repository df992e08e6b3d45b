// map[string]struct{} as a set.
package main

import (
	"fmt"
	"sort"
)

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() (out []string) {
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	s := Set{}
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		s.Add(w)
	}
	fmt.Println(len(s), s.Has("a"), s.Has("z"), s.Sorted())
}

// Output:
// 3 true false [a b c]
