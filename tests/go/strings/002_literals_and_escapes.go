// Interpreted literals understand escapes; raw literals (backquotes) do not.
package main

import "fmt"

func main() {
	fmt.Println("tab:\tend", "quote:\"", `back\slash`)
	fmt.Println("\x41\101\u0042\U00000043")
	raw := `line one
line two \n stays`
	fmt.Println(raw)
	fmt.Println(len("\n"), len(`\n`))
	fmt.Printf("%q\n", "bell\a null\x00 é")
}

// Output:
// tab:	end quote:" back\slash
// AABC
// line one
// line two \n stays
// 1 2
// "bell\a null\x00 é"
