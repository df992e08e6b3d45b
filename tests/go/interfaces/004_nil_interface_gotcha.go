// An interface holding a nil pointer is not itself nil.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // wrong: a typed nil becomes a non-nil error
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T\n", err)
	fmt.Println(mayFailFixed(false) == nil)
	var i interface{}
	fmt.Println(i == nil)
}

// Output:
// false true
// *main.MyErr
// true
// true
