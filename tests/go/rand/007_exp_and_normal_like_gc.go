// ExpFloat64 and NormFloat64 use Go's ziggurat tables: a seeded generator gives gc's values.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 3; i++ {
		fmt.Printf("%.6f %.6f\n", r.ExpFloat64(), r.NormFloat64())
	}
	// Scaling gives other means and deviations: mean 100, deviation 15.
	fmt.Printf("%.2f\n", r.NormFloat64()*15+100)
}

// Output:
// 0.347176 -1.142774
// 2.734198 -0.503325
// 1.460892 0.460889
// 116.96
