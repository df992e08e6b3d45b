// gen_rand_cooked.go — writes runtime/lang/rand_cooked.cpp: math/rand's rngCooked table, read
// back from the installed Go's seeded generator, so chanscope's rand.NewSource(seed) yields
// gc's sequence exactly.
//
// Developer tool (the product never needs Go):
//
//	go run scripts/gen_rand_cooked.go > runtime/lang/rand_cooked.cpp
//
// Seed(seed) sets vec[i] = u_i ^ rngCooked[i], where u_i comes from the seeding LCG alone; so
// rngCooked[i] = vec[i] ^ u_i for any seed (reflect reads the unexported vec).
package main

import (
	"fmt"
	"math/rand"
	"reflect"
	"runtime"
)

const (
	rngLen   = 607
	int32max = (1 << 31) - 1
)

func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

func main() {
	const seed = 1
	vec := reflect.ValueOf(rand.NewSource(seed)).Elem().FieldByName("vec")
	fmt.Printf("// rand_cooked.cpp — math/rand's rngCooked table of %s (generated).\n", runtime.Version())
	fmt.Println("//\n// Written by scripts/gen_rand_cooked.go; do not edit. The state of Go's additive lagged")
	fmt.Println("// Fibonacci generator after 780e10 steps, which Seed mixes with the seed.")
	fmt.Println("#include \"lang/rand_source.h\"\n\nnamespace chanscope::lang {\n\n// clang-format off")
	fmt.Println("const int64_t kRngCooked[kRngLen] = {")
	x := int32(seed)
	line := "   "
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		item := fmt.Sprintf(" %d,", vec.Index(i).Int()^u)
		if len(line)+len(item) > 100 {
			fmt.Println(line)
			line = "   "
		}
		line += item
	}
	fmt.Println(line)
	fmt.Println("};\n// clang-format on\n\n}  // namespace chanscope::lang")
}
