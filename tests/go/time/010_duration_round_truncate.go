// Duration.Round and Duration.Truncate drop precision.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, unit := range []time.Duration{
		time.Nanosecond, time.Microsecond, time.Millisecond,
		time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour,
	} {
		fmt.Printf("%-6v round %-18v truncate %v\n", unit, d.Round(unit), d.Truncate(unit))
	}
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
}

// Output:
// 1ns    round 1h15m30.918273645s truncate 1h15m30.918273645s
// 1µs    round 1h15m30.918274s    truncate 1h15m30.918273s
// 1ms    round 1h15m30.918s       truncate 1h15m30.918s
// 1s     round 1h15m31s           truncate 1h15m30s
// 2s     round 1h15m30s           truncate 1h15m30s
// 1m0s   round 1h16m0s            truncate 1h15m0s
// 10m0s  round 1h20m0s            truncate 1h10m0s
// 1h0m0s round 1h0m0s             truncate 1h0m0s
// 2s -2s
