// errors.New makes a simple error; functions return it as their last result.
package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	for _, d := range []int{2, 0} {
		q, err := divide(10, d)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("result:", q)
	}
	e1, e2 := errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
}

// Output:
// result: 5
// error: division by zero
// false true
