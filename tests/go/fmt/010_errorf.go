// fmt.Errorf formats an error message; %w also wraps the cause.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("connection refused")
	e1 := fmt.Errorf("dial %s:%d: %w", "localhost", 8080, base)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == base)
	e2 := fmt.Errorf("attempt %d failed: %v", 3, base)
	fmt.Println(e2, errors.Unwrap(e2))
	fmt.Printf("%v|%s|%q\n", e1, e1, e2)
}

// Output:
// dial localhost:8080: connection refused
// true
// attempt 3 failed: connection refused <nil>
// dial localhost:8080: connection refused|dial localhost:8080: connection refused|"attempt 3 failed: connection refused"
