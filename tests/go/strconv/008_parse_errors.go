// Parse functions return *NumError values naming the function, the input and the reason.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("12", 1, 64)
	fmt.Println(err.Error())
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err.Error())
	n, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err.Error())
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err.Error())
	i, err := strconv.Atoi("-9223372036854775809")
	fmt.Println(i, err.Error())
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err.Error())
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err == nil)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err.Error())
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err == strconv.ErrSyntax)
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err == nil)
}

// Output:
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseInt: parsing "12": invalid bit size 65
// -128 strconv.ParseInt: parsing "-129": value out of range
// 255 strconv.ParseUint: parsing "300": value out of range
// -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0.25 true
// false strconv.ParseBool: parsing "maybe": invalid syntax
// ParseBool maybe true
// true
// 233 true rest true
