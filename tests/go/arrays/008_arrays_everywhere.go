// Arrays as results, method receivers, closure captures, channel elements, goroutine
// arguments, struct fields and interface elements: copied by value, compared by value.
package main

import "fmt"

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func three() [3]int { return [3]int{7, 8, 9} }

type S struct {
	A [2]string
	B int
}

func main() {
	fmt.Println(three()[1], len([4]int{}), three() == [3]int{7, 8, 9})
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	var p *[4]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	a := [5]int{1, 2, 3}
	n := copy(a[1:], []int{9, 9})
	fmt.Println(n, a)
	v := Vec{1, 2, 3}
	v.Scale(2)
	fmt.Println(v, v.Dot(Vec{1, 1, 1}))
	counter := [3]int{}
	inc := func(i int) { counter[i]++ }
	inc(0)
	inc(2)
	inc(2)
	fmt.Println(counter)
	ch := make(chan [2]int, 1)
	ch <- [2]int{4, 5}
	got := <-ch
	fmt.Println(got, got[1])
	done := make(chan bool)
	arr := [2]int{1, 2}
	go func(x [2]int) {
		x[0] = 100
		fmt.Println("goroutine", x)
		done <- true
	}(arr)
	<-done
	fmt.Println(arr)
	s1, s2 := S{[2]string{"a", "b"}, 1}, S{[2]string{"a", "b"}, 1}
	fmt.Println(s1 == s2, s1 != S{})
	var ifs [2]any
	ifs[0] = 1
	ifs[1] = "x"
	fmt.Println(ifs == [2]any{1, "x"}, ifs)
	type pair struct{ k string; v [2]int }
	ps := []pair{{"a", [2]int{1, 2}}}
	ps[0].v[1] = 20
	fmt.Printf("%v %+v\n", ps, ps[0])
	m := map[string][2]int{"k": {1, 2}}
	x := m["k"]
	x[0] = 9
	fmt.Println(m, x)
}

// Output:
// 8 4 true
// 012
// 0123
// 2 [1 9 9 0 0]
// [2 4 6] 12
// [1 0 2]
// [4 5] 5
// goroutine [100 2]
// [1 2]
// true true
// true [1 x]
// [{a [1 20]}] {k:a v:[1 20]}
// map[k:[1 2]] [9 2]
