// recover, called in a deferred function, stops a panic and returns its value.
package main

import "fmt"

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println("program continues")
}

// Output:
// 5 <nil>
// 0 recovered: runtime error: integer divide by zero
// program continues
