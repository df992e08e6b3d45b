// iota numbers the constants of a const block: 0, 1, 2, ...
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %d\n", Wednesday, Wednesday)
	fmt.Println(Friday-Monday, Saturday > Friday)
}

// Output:
// 0 1 6
// main.Weekday 3
// 4 true
