// Structs containing slices and maps, and slices of struct pointers.
package main

import "fmt"

type Student struct {
	Name   string
	Grades []int
}

func (s Student) Average() float64 {
	sum := 0
	for _, g := range s.Grades {
		sum += g
	}
	return float64(sum) / float64(len(s.Grades))
}

type Class struct {
	Students []*Student
	ByName   map[string]*Student
}

func main() {
	c := Class{ByName: map[string]*Student{}}
	for _, name := range []string{"ada", "bob"} {
		s := &Student{Name: name}
		c.Students = append(c.Students, s)
		c.ByName[name] = s
	}
	c.ByName["ada"].Grades = append(c.ByName["ada"].Grades, 90, 85)
	c.ByName["bob"].Grades = []int{70}
	for _, s := range c.Students {
		fmt.Printf("%s %.1f %v\n", s.Name, s.Average(), s.Grades)
	}
}

// Output:
// ada 87.5 [90 85]
// bob 70.0 [70]
