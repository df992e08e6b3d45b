// close tells the receivers that no more values will come; range stops there.
package main

import "fmt"

// countdown sends 3, 2, 1 and then closes the channel: nothing more will follow.
func countdown(from int, numbers chan int) {
	for n := from; n > 0; n-- {
		numbers <- n
	}
	close(numbers)
}

func main() {
	numbers := make(chan int)
	go countdown(3, numbers)
	for n := range numbers {
		fmt.Println(n)
	}
	fmt.Println("liftoff: the channel is closed")
}
