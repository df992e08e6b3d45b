// errors.As finds the first error in the chain of a given type and sets the target.
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http status %d", e.Code) }

type TempError struct{ Op string }

func (e *TempError) Error() string { return e.Op + ": temporary failure" }

func call() error {
	return fmt.Errorf("api: %w", HTTPError{503})
}

func main() {
	err := call()
	var he HTTPError
	if errors.As(err, &he) {
		fmt.Println("status code:", he.Code)
	}
	var te *TempError
	fmt.Println(errors.As(err, &te), te == nil)

	err = fmt.Errorf("dial: %w", &TempError{"connect"})
	if errors.As(err, &te) {
		fmt.Println("temporary:", te.Op, te)
	}
}

// Output:
// status code: 503
// false true
// temporary: connect connect: temporary failure
