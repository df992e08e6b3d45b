// Generic helpers for channels: a generator and a merge of several channels.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var got []string
	for s := range Merge(Generate("a", "b"), Generate("c"), Generate("d", "e")) {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
}

// Output:
// [a b c d e]
