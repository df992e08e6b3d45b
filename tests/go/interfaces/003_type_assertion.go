// A type assertion extracts the concrete value; the comma-ok form never panics.
package main

import "fmt"

func main() {
	var v interface{} = "gopher"
	s := v.(string)
	fmt.Println(s, len(s))

	n, ok := v.(int)
	fmt.Println(n, ok)

	if str, ok := v.(fmt.Stringer); ok {
		fmt.Println("a Stringer:", str)
	} else {
		fmt.Println("not a Stringer")
	}

	var e interface{} = fmt.Errorf("boom")
	if err, ok := e.(error); ok {
		fmt.Println("an error:", err)
	}
}

// Output:
// gopher 6
// 0 false
// not a Stringer
// an error: boom
