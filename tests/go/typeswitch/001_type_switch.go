// A type switch branches on the dynamic type of an interface value.
package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d, doubled %d", x, x*2)
	case string:
		return fmt.Sprintf("string %q of length %d", x, len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	for _, v := range []interface{}{21, "go", true, []int{1, 2}, 2.5} {
		fmt.Println(describe(v))
	}
}

// Output:
// int 21, doubled 42
// string "go" of length 2
// true bool
// slice of 2 ints
// something else: float64
