// Sprint adds spaces between operands only when neither side is a string;
// Sprintln always adds spaces and a newline.
package main

import "fmt"

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintf("%d-%s", 7, "x"))
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint()
	fmt.Println(len(s), fmt.Sprint(nil), fmt.Sprint([]byte("hi")))
}

// Output:
// "ab1 2c3.5 true"
// "a b 1 2\n"
// "7-x"
// print1 2
// 1 2
// 0 <nil> [104 105]
