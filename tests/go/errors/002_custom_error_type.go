// Any type with an Error() string method is an error and can carry details.
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func setAge(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	fmt.Println(setAge(30))
	err := setAge(-1)
	fmt.Println(err)
	if ve, ok := err.(*ValidationError); ok {
		fmt.Println("field:", ve.Field)
	}
	fmt.Printf("%v | %s | %q\n", err, err, err)
}

// Output:
// <nil>
// invalid age: -1
// field: age
// invalid age: -1 | invalid age: -1 | "invalid age: -1"
