// errors.As finds a target type anywhere in a chain of %w wraps and Unwrap methods.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{}

func (Timeout) Error() string   { return "timeout" }
func (Timeout) Temporary() bool { return true }

type Op struct {
	Name string
	Err  error
}

func (o *Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o *Op) Unwrap() error { return o.Err }

func main() {
	base := &NotFound{"user/7"}
	err := fmt.Errorf("handler: %w", fmt.Errorf("store: %w", base))
	fmt.Println(err)

	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, nf == base)

	var to Timeout
	fmt.Println(errors.As(err, &to))

	chain := &Op{"read", fmt.Errorf("wrapped: %w", Timeout{})}
	fmt.Println(errors.As(chain, &to), to)

	var temp interface{ Temporary() bool }
	fmt.Println(errors.As(chain, &temp), temp.Temporary())

	fmt.Println(errors.Is(err, base), errors.Unwrap(errors.Unwrap(err)) == error(base))
}

// Output:
// handler: store: not found: user/7
// true user/7 true
// false
// true timeout
// true true
// true true
