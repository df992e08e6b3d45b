// ParseFloat reads floats; FormatFloat writes them with a format and precision.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, err := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e3", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("pi", 64)
	fmt.Println(err)
	v, _ := strconv.ParseFloat("inf", 64)
	fmt.Println(v)

	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(x, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(2, 'f', -1, 64))
}

// Output:
// 3.14159 <nil>
// 1000 <nil>
// strconv.ParseFloat: parsing "pi": invalid syntax
// +Inf
// 1234.57
// 1.235e+03
// 1234.5678
// 0.1
// 2
