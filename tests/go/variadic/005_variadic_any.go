// ...interface{} accepts values of any type, like fmt.Println itself.
package main

import "fmt"

func describeAll(vals ...interface{}) {
	for i, v := range vals {
		fmt.Printf("%d: %v (%T)\n", i, v, v)
	}
}

func main() {
	describeAll(1, "two", 3.0, []int{4}, nil)
	args := []interface{}{"x", 'y'}
	describeAll(args...)
	fmt.Println(args...)
}

// Output:
// 0: 1 (int)
// 1: two (string)
// 2: 3 (float64)
// 3: [4] ([]int)
// 4: <nil> (<nil>)
// 0: x (string)
// 1: 121 (int32)
// x 121
