// Go source is UTF-8: identifiers and strings may use any letters.
package main

import "fmt"

func main() {
	π := 3.14159
	größe := 2.0
	日本 := "日本語"
	fmt.Println(π*größe, 日本, len(日本))
	fmt.Println("emoji: 🐹", len("🐹"))
}

// Output:
// 6.28318 日本語 9
// emoji: 🐹 4
