// Storing a value in an interface copies it.
package main

import "fmt"

type Box struct{ n int }

func (b Box) Get() int { return b.n }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.n = 2
	fmt.Println(g.Get(), b.Get())
	var gp Getter = &b
	b.n = 3
	fmt.Println(gp.Get())
}

// Output:
// 1 2
// 3
