// Fields of an embedded struct are promoted to the outer struct.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Breed: "collie"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Animal.Name)
	d.Name = "Max"
	fmt.Println(d.Animal.Name)
	fmt.Printf("%+v\n", d)
}

// Output:
// Rex 4 collie
// Rex
// Max
// {Animal:{Name:Max Legs:4} Breed:collie}
