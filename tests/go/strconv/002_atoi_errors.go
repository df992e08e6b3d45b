// Conversion failures return a *strconv.NumError naming the function, input and reason.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, in := range []string{"12a", "", "99999999999999999999", " 1"} {
		_, err := strconv.Atoi(in)
		fmt.Println(err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func:", ne.Func, "range:", errors.Is(err, strconv.ErrRange), "syntax:", errors.Is(err, strconv.ErrSyntax))
		}
	}
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
//   func: Atoi range: false syntax: true
// strconv.Atoi: parsing "": invalid syntax
//   func: Atoi range: false syntax: true
// strconv.Atoi: parsing "99999999999999999999": value out of range
//   func: Atoi range: true syntax: false
// strconv.Atoi: parsing " 1": invalid syntax
//   func: Atoi range: false syntax: true
