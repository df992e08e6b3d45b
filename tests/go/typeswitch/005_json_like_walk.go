// Walking a tree of interface{} values, as decoded JSON looks in Go.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func walk(v interface{}, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Println(pad + k + ":")
			walk(x[k], indent+1)
		}
	case []interface{}:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", pad, i)
			walk(e, indent+1)
		}
	default:
		fmt.Printf("%s%v\n", pad, x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name": "chanscope",
		"tags": []interface{}{"go", 1.19},
		"meta": map[string]interface{}{"stars": 5, "ok": true},
	}
	walk(doc, 0)
}

// Output:
// meta:
//   ok:
//     true
//   stars:
//     5
// name:
//   chanscope
// tags:
//   [0]
//     go
//   [1]
//     1.19
