// Cancelling a parent cancels its children; cancelling a child leaves the parent alone.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	child2, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()

	cancel1()
	fmt.Println("after child1 cancel:", parent.Err(), child1.Err(), child2.Err())

	cancelParent()
	<-child2.Done()
	fmt.Println("after parent cancel:", parent.Err(), child2.Err())

	grandchild, cancel3 := context.WithCancel(child2)
	defer cancel3()
	fmt.Println("child of a cancelled context:", grandchild.Err())
}

// Output:
// after child1 cancel: <nil> context canceled <nil>
// after parent cancel: context canceled context canceled
// child of a cancelled context: context canceled
