// A map value refers to shared storage: copies see the same entries.
package main

import "fmt"

func addDefaults(m map[string]int) {
	m["timeout"] = 30
}

func main() {
	cfg := map[string]int{"retries": 3}
	alias := cfg
	alias["retries"] = 5
	addDefaults(cfg)
	fmt.Println(cfg)
	fmt.Println(len(alias))
}

// Output:
// map[retries:5 timeout:30]
// 2
