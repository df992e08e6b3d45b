// Go: 1.23
// break and continue with labels leave range-over-func loops for statements outside
// them: the loop itself, an enclosing for loop, or an enclosing range-over-func loop.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
outer:
	for round := 0; round < 3; round++ {
		for i := range Count(5) {
			if i == 1 && round == 0 {
				continue outer
			}
			if round == 2 {
				break outer
			}
			fmt.Println("round", round, "i", i)
			if i == 2 {
				break
			}
		}
	}
	fmt.Println("---")
rows:
	for r := range Count(3) {
	cols:
		for c := range Count(3) {
			switch {
			case c > r:
				continue rows
			case r == 2:
				break rows
			case c == 1:
				continue cols
			}
			fmt.Println(r, c)
		}
	}
	fmt.Println("end")
}

// Output:
// round 0 i 0
// count 5 done
// round 1 i 0
// round 1 i 1
// round 1 i 2
// count 5 done
// count 5 done
// ---
// 0 0
// count 3 done
// 1 0
// count 3 done
// count 3 done
// count 3 done
// end
