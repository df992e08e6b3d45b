// Width pads, precision limits digits or characters; - left-aligns, 0 pads with zeros.
package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|\n", 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%.0f|\n", 3.14159, 2.5, 2.5)
	fmt.Printf("|%6s|%-6s|%.2s|\n", "go", "go", "gopher")
	fmt.Printf("|%+d|%+d|% d|% d|\n", 5, -5, 5, -5)
	fmt.Printf("|%*d|%-*d|\n", 4, 7, 4, 7)
	fmt.Printf("|%6.2f|%06.2f|%+.1e|\n", -1.5, 1.5, 12345.678)
	fmt.Printf("|%x|%X|%08b|\n", 255, 255, 5)
}

// Output:
// |   42|42   |00042|
// |   3.142|2.50    |2|
// |    go|go    |go|
// |+5|-5| 5|-5|
// |   7|7   |
// | -1.50|001.50|+1.2e+04|
// |ff|FF|00000101|
