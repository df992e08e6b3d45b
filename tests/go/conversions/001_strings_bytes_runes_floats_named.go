// Conversions: strings, byte and rune slices, floats, and named types.
package main

import "fmt"

type Celsius float64
type Names []string
type Point struct{ X, Y int }
type Pair struct{ X, Y int }

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(b[1:3]), string(r[1]), string(r[:2]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	var f32 float32 = 0.1
	f64 := float64(f32)
	fmt.Println(f32, f64 == 0.1, float32(f64) == f32)
	var u uint64 = 1 << 63
	fmt.Println(float64(u), uint64(float64(u)) == u, int(-3.9*f64), int8(200+f64))
	c := Celsius(36.6)
	fmt.Printf("%.1f %T\n", float64(c)+1, c)
	n := Names([]string{"a", "b"})
	fmt.Println(len(n), []string(n))
	p := Pair(Point{1, 2})
	fmt.Println(p, Point(p) == Point{1, 2})
	var x float32 = 1
	for i := 0; i < 3; i++ {
		x /= 3
	}
	x++
	fmt.Println(x)
}

// Output:
// 6 5 é é hé
// Héllo héllo
// 世 true
// 0.1 false true
// 9.223372036854776e+18 true 0 -56
// 37.6 main.Celsius
// 2 [a b]
// {1 2} true
// 1.037037
