// %T prints the type of a value.
package main

import "fmt"

type Celsius float64
type Pair struct{ A, B int }

func main() {
	values := []interface{}{
		1, "s", 2.5, 'r', byte(1), true, nil,
		[]int{}, [2]string{}, map[string]int{}, Pair{}, &Pair{},
		Celsius(3), func(int) string { return "" }, make(chan int), make(<-chan bool),
		struct{ X int }{}, []interface{}{}, new(error),
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
}

// Output:
// int
// string
// float64
// int32
// uint8
// bool
// <nil>
// []int
// [2]string
// map[string]int
// main.Pair
// *main.Pair
// main.Celsius
// func(int) string
// chan int
// <-chan bool
// struct { X int }
// []interface {}
// *error
