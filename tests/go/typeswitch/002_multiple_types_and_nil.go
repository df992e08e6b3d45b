// With several types in one case, the variable keeps the interface type.
// The nil case matches a nil interface value.
package main

import "fmt"

func kind(v interface{}) {
	switch x := v.(type) {
	case nil:
		fmt.Println("nil value")
	case int, int64:
		fmt.Printf("an integer: %v (%T)\n", x, x)
	case float32, float64:
		fmt.Printf("a float: %v\n", x)
	default:
		fmt.Printf("other %T\n", x)
	}
}

func main() {
	kind(nil)
	kind(7)
	kind(int64(8))
	kind(1.5)
	kind(float32(2.5))
	kind('r')
}

// Output:
// nil value
// an integer: 7 (int)
// an integer: 8 (int64)
// a float: 1.5
// a float: 2.5
// other int32
