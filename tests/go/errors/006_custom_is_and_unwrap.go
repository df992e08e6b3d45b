// An error type can define Unwrap and Is to take part in errors.Is.
package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

// Is makes every 4xx code match the generic client error.
func (c codeErr) Is(target error) bool {
	return target == ErrClient && c >= 400 && c < 500
}

var ErrClient = errors.New("client error")
var ErrClosed = errors.New("closed")

func main() {
	err := &QueryError{"SELECT 1", ErrClosed}
	fmt.Println(err, errors.Is(err, ErrClosed))
	fmt.Println(errors.Is(codeErr(404), ErrClient), errors.Is(codeErr(500), ErrClient))
	wrapped := fmt.Errorf("request: %w", codeErr(418))
	fmt.Println(wrapped, errors.Is(wrapped, ErrClient))
}

// Output:
// SELECT 1: closed true
// true false
// request: code 418 true
