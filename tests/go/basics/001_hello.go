// The smallest program: package main, an import, and func main.
package main

import "fmt"

func main() {
	fmt.Println("Hello, Chanscope!")
}

// Output:
// Hello, Chanscope!
