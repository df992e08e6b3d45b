// Load, Store and Swap on plain integer variables.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var state int32
	atomic.StoreInt32(&state, 3)
	fmt.Println(atomic.LoadInt32(&state))
	old := atomic.SwapInt32(&state, 7)
	fmt.Println(old, atomic.LoadInt32(&state))

	var big uint64
	atomic.StoreUint64(&big, 1<<63)
	fmt.Println(atomic.LoadUint64(&big))
	var p uintptr
	atomic.StoreUintptr(&p, 42)
	fmt.Println(atomic.SwapUintptr(&p, 1), atomic.LoadUintptr(&p))
	var u32 uint32
	fmt.Println(atomic.SwapUint32(&u32, 9), atomic.LoadUint32(&u32))
	var i64 int64 = -1
	old64 := atomic.SwapInt64(&i64, 5)
	fmt.Println(old64, i64)
}

// Output:
// 3
// 3 7
// 9223372036854775808
// 42 1
// 0 9
// -1 5
