// Methods promoted from embedded values and pointers satisfy interfaces through *Outer;
// method values bind the receiver when taken; method expressions take it first.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc()      { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c Counter) Value() int { return c.n }

type Service struct {
	Counter
	name string
}

type Incer interface {
	Inc()
	Value() int
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type App struct {
	*Logger
	Service
}

func main() {
	s := &Service{name: "svc"}
	var i Incer = s
	i.Inc()
	i.Inc()
	fmt.Println(i.Value(), s.n, s.Value())
	a := App{Logger: &Logger{"> "}}
	a.Log("hello")
	a.Inc()
	var j Incer = &a
	j.Inc()
	fmt.Println(a.Value(), j.Value())
	log := a.Log
	a.Logger = &Logger{"! "}
	log("bound")
	a.Log("now")
	f := (*Service).Inc
	f(s)
	g := Service.Value
	fmt.Println(g(*s))
	var wg sync.WaitGroup
	for k := 0; k < 10; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(s.Value())
	fmt.Printf("%v %+v\n", a.Logger, *a.Logger)
}

// Output:
// 2 2 2
// > hello
// 2 2
// > bound
// ! now
// 3
// 13
// &{! } {prefix:! }
