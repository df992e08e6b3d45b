// The garbage collector frees garbage but nothing a program can still reach: values held by
// globals, locals, closures, maps, map iterations, channel buffers, parked senders, select
// cases, deferred calls, interface values, substrings and timers survive many collections.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type node struct {
	name string
	next *node
}

type big struct {
	a, b, c int
	s       string
}

var list *node

// churn allocates several megabytes of garbage, enough for collections to run.
func churn() {
	for i := 0; i < 3000; i++ {
		s := strings.Repeat("g", 1000) + fmt.Sprint(i)
		_ = make([]int, 64)
		_ = s
	}
}

func label(prefix string, i int) string { return prefix + fmt.Sprint(i) }

func main() {
	for i := 0; i < 5; i++ {
		list = &node{name: label("node", i), next: list}
	}
	m := map[string][]string{}
	for i := 0; i < 5; i++ {
		m[label("k", i)] = []string{label("v", i), label("w", i)}
	}
	count := 0
	inc := func() string { count++; return label("closure", count) }
	inc()

	buffered := make(chan big, 3)
	buffered <- big{1, 2, 3, label("buffered", 1)}
	buffered <- big{4, 5, 6, label("buffered", 2)}

	parked := make(chan big)
	go func() { parked <- big{7, 8, 9, label("parked", 1)} }()
	selected := make(chan string)
	go func() {
		select {
		case selected <- label("selected", 1):
		}
	}()

	var iface interface{} = big{10, 11, 12, label("iface", 1)}
	whole := label("substring-of-a-longer-string-", 42)
	sub := whole[13:19]
	whole = ""

	var mu sync.Mutex
	var wg sync.WaitGroup
	fired := make(chan string, 1)
	msg := label("timer", 7)
	time.AfterFunc(50*time.Millisecond, func() { fired <- msg })

	func() {
		defer fmt.Println("deferred:", label("defer", 3))
		churn()
		runtime.GC()
	}()

	keys := 0
	for k, v := range m {
		churn()
		if strings.HasPrefix(k, "k") && len(v) == 2 {
			keys++
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		churn()
		mu.Unlock()
	}()
	wg.Wait()
	churn()
	runtime.GC()

	for n := list; n != nil; n = n.next {
		fmt.Print(n.name, " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(m[label("k", i)])
	}
	fmt.Println(keys, inc(), count)
	fmt.Println(<-buffered, <-buffered)
	fmt.Println(<-parked)
	fmt.Println(<-selected)
	fmt.Println(iface.(big).s, sub)
	fmt.Println(<-fired)
}

// Output:
// deferred: defer3
// node4 node3 node2 node1 node0 
// [v0 w0]
// [v1 w1]
// [v2 w2]
// [v3 w3]
// [v4 w4]
// 5 closure2 2
// {1 2 3 buffered1} {4 5 6 buffered2}
// {7 8 9 parked1}
// selected1
// iface1 a-long
// timer7
