// errors.As fills a target of the matching type: pointer and value error types, interfaces
// (any type with the methods) — and reports false when nothing in the chain fits.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return "my" }

type codeErr struct{ code int }

func (e codeErr) Error() string { return "code" }

var me = new(*myErr)
var ne = new(*strconv.NumError)
var ce = new(codeErr)
var iface = new(interface{ Error() string })
var timeout = new(interface{ Timeout() bool })

func main() {
	var err error = fmt.Errorf("wrap: %w", &myErr{7})
	fmt.Println(errors.As(err, me), (*me).code)
	_, err = strconv.Atoi("x")
	fmt.Println(errors.As(err, ne), (*ne).Func, errors.As(err, me))
	fmt.Println(errors.As(fmt.Errorf("x: %w", codeErr{3}), ce), ce.code)
	fmt.Println(errors.As(err, iface), (*iface).Error())
	fmt.Println(errors.As(err, timeout))
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(codeErr{1}, codeErr{1}), errors.Is(codeErr{1}, codeErr{2}))
}

// Output:
// true 7
// true Atoi false
// true 3
// true strconv.Atoi: parsing "x": invalid syntax
// false
// true true false
