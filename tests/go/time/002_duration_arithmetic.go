// Durations are int64 nanoseconds: convert them to other units, scale them, compare them.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())

	n := 3
	timeout := time.Duration(n) * 250 * time.Millisecond
	fmt.Println(timeout, timeout < time.Second, int64(timeout))
	fmt.Println(time.Second/3, time.Minute%(7*time.Second))
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%T %d\n", d, time.Second)
}

// Output:
// 2.5 150 9000
// 9000000 9000000000 9000000000000
// 750ms true 750000000
// 333.333333ms 4s
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
// time.Duration 1000000000
