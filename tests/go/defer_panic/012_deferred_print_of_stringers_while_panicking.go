// A deferred fmt.Println runs String methods while a panic unwinds; recover inside them
// returns nil (they are not the deferred call), so the panic reaches the next deferred call.
package main

import "fmt"

type S int

func (s S) String() string {
	r := recover()
	return fmt.Sprint("S", int(s), " recover=", r)
}

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer fmt.Println(S(1), S(2))
	panic("boom")
}

// Output:
// S1 recover=<nil> S2 recover=<nil>
// outer recovered: boom
