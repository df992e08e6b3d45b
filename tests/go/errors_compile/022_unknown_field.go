// Selecting a field or method that does not exist.
package main

import "fmt"

type User struct{ Name string }

func main() {
	u := User{"ann"}
	fmt.Println(u.Email)
}

// Output:
// Exit: 1
// Stderr:
// FILE:10:16: u.Email undefined (type User has no field or method Email)
