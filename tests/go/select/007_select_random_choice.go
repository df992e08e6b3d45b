// When several cases are ready, select picks one at random: both get chosen over many rounds.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println(countA+countB, countA > 100, countB > 100)
}

// Output:
// 1000 true true
