// Deleting entries during a range loop is allowed.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
}

// Output:
// 7 map[0:true 3:true 6:true 9:true 12:true 15:true 18:true]
