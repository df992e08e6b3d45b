// errors.Is looks for a target error anywhere in the wrap chain.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrTimeout = errors.New("timeout")
	ErrDenied  = errors.New("permission denied")
)

func fetch(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("fetch #%d: %w", n, ErrTimeout)
	default:
		return fmt.Errorf("retry failed: %w", fmt.Errorf("fetch #%d: %w", n, ErrDenied))
	}
}

func main() {
	for n := 0; n < 3; n++ {
		err := fetch(n)
		fmt.Println(n, errors.Is(err, ErrTimeout), errors.Is(err, ErrDenied), err == ErrTimeout)
	}
	fmt.Println(errors.Is(nil, ErrTimeout), errors.Is(ErrTimeout, ErrTimeout))
}

// Output:
// 0 false false false
// 1 true false false
// 2 false true false
// false true
