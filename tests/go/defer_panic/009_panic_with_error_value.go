// panic accepts any value; recover returns it unchanged, so type checks work.
package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal condition")

type Code int

func run(v interface{}) {
	defer func() {
		switch r := recover().(type) {
		case error:
			fmt.Println("error:", r, errors.Is(r, ErrFatal))
		case Code:
			fmt.Println("code:", int(r))
		default:
			fmt.Printf("other: %v (%T)\n", r, r)
		}
	}()
	panic(v)
}

func main() {
	run(ErrFatal)
	run(fmt.Errorf("wrapped: %w", ErrFatal))
	run(Code(7))
	run([]int{1})
}

// Output:
// error: fatal condition true
// error: wrapped: fatal condition true
// code: 7
// other: [1] ([]int)
