// A method with several results called through an interface variable that a closure
// also captures: the results must come back in order.
package main

import "fmt"

type Source interface {
	Next() (int, bool)
}

type counter struct{ n int }

func (c *counter) Next() (int, bool) {
	c.n++
	return c.n * 10, c.n < 3
}

func main() {
	var s Source = &counter{}
	reset := func() { s = &counter{} }
	for {
		v, more := s.Next()
		fmt.Println(v, more)
		if !more {
			break
		}
	}
	reset()
	if v, ok := s.Next(); v == 10 && ok {
		fmt.Println("fresh source")
	}
}

// Output:
// 10 true
// 20 true
// 30 false
// fresh source
