// fmt.Errorf with %w wraps an error; errors.Unwrap gets it back.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func main() {
	err := load("port")
	fmt.Println(err)
	inner := errors.Unwrap(err)
	fmt.Println(inner)
	fmt.Println(errors.Unwrap(inner) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
}

// Output:
// load config: find "port": not found
// find "port": not found
// true
// true
// no wrap: not found true
