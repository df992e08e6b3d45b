// A method declared with interface{} and []uint8 satisfies an interface that says any and
// []byte: they are the same types.
package main

import "fmt"

type W interface{ Put(x any, b []byte) }
type T struct{}

func (T) Put(x interface{}, b []uint8) { fmt.Println("put", x, len(b)) }

func main() {
	var w W = T{}
	w.Put(1, []byte("ab"))
	var e any = T{}
	_, ok := e.(interface{ Put(interface{}, []byte) })
	fmt.Println(ok)
}

// Output:
// put 1 2
// true
