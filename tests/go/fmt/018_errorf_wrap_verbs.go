// Errorf: %w wraps its error (Unwrap returns it) and prints like %v; without %w the
// result wraps nothing; %w outside Errorf or with a non-error operand is a bad verb.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	base := Code(404)
	w := fmt.Errorf("fetch %q: %w", "/x", base)
	fmt.Println(w)
	fmt.Println(errors.Unwrap(w) == base, errors.Is(w, Code(404)))
	fmt.Printf("%T\n", w)

	plain := fmt.Errorf("fetch: %v", base)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	fmt.Printf("%T\n", plain)

	fmt.Println(fmt.Errorf("bad: %w", 42))
	fmt.Println(fmt.Sprintf("not errorf: %w", base))
	fmt.Printf("%-10v|%x\n", base, base)
}

// Output:
// fetch "/x": code 404
// true true
// *fmt.wrapError
// fetch: code 404 true
// *errors.errorString
// bad: %!w(int=42)
// not errorf: %!w(main.Code=404)
// code 404  |636f646520343034
