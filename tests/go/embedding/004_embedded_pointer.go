// Embedding a pointer type shares the embedded value between outer values.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Page struct {
	*Counter
	Title string
}

func main() {
	shared := &Counter{}
	a := Page{shared, "home"}
	b := Page{shared, "about"}
	a.Inc()
	b.Inc()
	b.Inc()
	fmt.Println(shared.n, a.n, b.n)
}

// Output:
// 3 3 3
