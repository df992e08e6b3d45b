// gen_rand_tables.go — writes runtime/lang/rand_tables.cpp: math/rand's rngCooked table, read
// back from the installed Go's seeded generator, and the ziggurat tables of ExpFloat64 and
// NormFloat64, copied from the installed Go's source, so that chanscope's seeded generators
// give gc's sequences exactly.
//
// Developer tool (the product never needs Go):
//
//	go run scripts/gen_rand_tables.go > runtime/lang/rand_tables.cpp
//
// Seed(seed) sets vec[i] = u_i ^ rngCooked[i], where u_i comes from the seeding LCG alone; so
// rngCooked[i] = vec[i] ^ u_i for any seed (reflect reads the unexported vec).
package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
)

// zigTable prints Go's `var name = [n]typ{...}` from file of math/rand as a C++ array.
func zigTable(file, name, ctype, suffix string) {
	src, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "src", "math", "rand", file))
	if err != nil {
		panic(err)
	}
	m := regexp.MustCompile(`(?s)var ` + name + ` = \[(\d+)\]\w+\{(.*?)\n\}`).FindSubmatch(src)
	if m == nil {
		panic("no table " + name)
	}
	fmt.Printf("const %s k%s[%s] = {\n", ctype, strings.ToUpper(name[:1])+name[1:], m[1])
	line := "   "
	for _, f := range strings.FieldsFunc(string(m[2]), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		if suffix == "f" && !strings.ContainsAny(f, ".eE") {
			f += ".0" // 1f is not a C++ literal
		}
		item := " " + f + suffix + ","
		if len(line)+len(item) > 100 {
			fmt.Println(line)
			line = "   "
		}
		line += item
	}
	fmt.Println(line + "\n};")
}

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
	fmt.Printf("// rand_tables.cpp — math/rand's tables of %s (generated).\n", runtime.Version())
	fmt.Println("//\n// Written by scripts/gen_rand_tables.go; do not edit. kRngCooked: the state of Go's additive")
	fmt.Println("// lagged Fibonacci generator after 780e10 steps, which Seed mixes with the seed; kKe, kWe,")
	fmt.Println("// kFe and kKn, kWn, kFn: the ziggurats of ExpFloat64 and NormFloat64.")
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
	fmt.Println("};")
	zigTable("exp.go", "ke", "uint32_t", "u")
	zigTable("exp.go", "we", "float", "f")
	zigTable("exp.go", "fe", "float", "f")
	zigTable("normal.go", "kn", "uint32_t", "u")
	zigTable("normal.go", "wn", "float", "f")
	zigTable("normal.go", "fn", "float", "f")
	fmt.Println("// clang-format on\n\n}  // namespace chanscope::lang")
}
