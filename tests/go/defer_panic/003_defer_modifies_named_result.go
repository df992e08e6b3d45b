// A deferred closure can change named results after the return statement.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func withContext(name string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", name, err)
		}
	}()
	return errors.New("failed")
}

func main() {
	fmt.Println(double())
	fmt.Println(withContext("step1"))
}

// Output:
// 42
// step1: failed
