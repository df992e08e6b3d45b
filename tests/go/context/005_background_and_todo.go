// Background and TODO are empty root contexts: never cancelled, no values, no deadline.
package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Println(bg.Err(), bg.Done() == nil, bg.Value("k"))
	_, hasDeadline := todo.Deadline()
	fmt.Println(hasDeadline)
}

// Output:
// context.Background context.TODO
// <nil> true <nil>
// false
