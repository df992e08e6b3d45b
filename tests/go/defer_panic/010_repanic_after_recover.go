// A deferred function can recover, log, and panic again with a new value,
// which another deferred function then recovers.
package main

import "fmt"

func work() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("work: recovered", r)
			panic(fmt.Sprint("re-panic: ", r))
		}
	}()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main: recovered", recover())
	}()
	work()
}

// Output:
// work: recovered first
// main: recovered re-panic: first
