// The start-up and exit cost of a runner, subtracted from every other measurement.
package main

import "fmt"

func main() {
	fmt.Println("hello world")
}
