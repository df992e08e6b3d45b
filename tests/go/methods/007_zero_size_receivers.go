// Methods on a zero-size type (struct{}) called directly, through go and defer, as method
// values, through interfaces and by fmt.
package main

import (
	"fmt"
	"sync"
)

type T struct{}

func (T) Put(x int, wg *sync.WaitGroup) {
	fmt.Println("put", x)
	if wg != nil {
		wg.Done()
	}
}

type Empty struct{}

func (Empty) String() string { return "empty!" }
func (Empty) Error() string  { return "err!" }

func main() {
	var t T
	var wg sync.WaitGroup
	wg.Add(1)
	go t.Put(1, &wg)
	wg.Wait()
	defer t.Put(3, nil)
	f := t.Put
	f(2, nil)
	fmt.Println(Empty{}, []any{Empty{}})
	var e error = Empty{}
	fmt.Printf("%v %s\n", e, e.Error())
}

// Output:
// put 1
// put 2
// err! [err!]
// err! err!
// put 3
