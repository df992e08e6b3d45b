// Go: 1.23
// atomic.And* and Or* (Go 1.23) return the old value and leave the combined bits.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flags uint32 = 0b1010
	fmt.Println(atomic.OrUint32(&flags, 0b0101), flags)
	fmt.Println(atomic.AndUint32(&flags, 0b0110), flags)
	var n atomic.Int32
	n.Store(-1)
	fmt.Println(n.And(0x0f), n.Load())
	fmt.Println(n.Or(-16), n.Load())
}

// Output:
// 10 15
// 15 6
// -1 15
// 15 -1
