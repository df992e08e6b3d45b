// A call returning several values can be passed directly as all the arguments of another.
package main

import "fmt"

func coords() (int, int) { return 3, 4 }

func dist2(x, y int) int { return x*x + y*y }

func describe(vals ...interface{}) string {
	return fmt.Sprint(len(vals), " values: ", vals)
}

func main() {
	fmt.Println(dist2(coords()))
	fmt.Println(coords())
	fmt.Println(describe(coords()))
}

// Output:
// 25
// 3 4
// 2 values: [3 4]
