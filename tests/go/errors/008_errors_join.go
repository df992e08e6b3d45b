// Go: 1.20
// errors.Join and multiple %w verbs (Go 1.20) combine several errors into one.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrDisk    = errors.New("disk full")
	ErrNetwork = errors.New("network down")
)

func main() {
	err := errors.Join(ErrDisk, ErrNetwork)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrDisk), errors.Is(err, ErrNetwork))
	if multi, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("wrapped errors:", len(multi.Unwrap()))
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(ErrDisk, nil).Error())

	both := fmt.Errorf("backup failed: %w; %w", ErrDisk, ErrNetwork)
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrDisk), errors.Is(both, ErrNetwork), errors.Unwrap(both) == nil)
}

// Output:
// disk full
// network down
// true true
// wrapped errors: 2
// true
// "disk full"
// backup failed: disk full; network down
// true true true
