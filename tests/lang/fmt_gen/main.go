// Command fmt_gen prints the expected outputs of tests/lang/fmt_verbs.test.cpp, as C++
// initializers, from the real fmt and strconv (Go 1.19).
//
//	go run tests/lang/fmt_gen/main.go > /tmp/fmt_tables.inc
//
// tests/lang/fmt_gen/check.sh compares that output with the tables baked into the test.
package main

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Celsius float64 // a named type, for %!verb(main.Celsius=...)

type printfCase struct {
	format string
	args   []any
}

func a(args ...any) []any { return args }

var third = 1.0 / 3
var pointOne, pointTwo = 0.1, 0.2

var printfCases = []printfCase{
	// --- integers -------------------------------------------------------------------
	{"%v", a(0)}, {"%v", a(42)}, {"%v", a(-42)}, {"%d", a(int64(math.MinInt64))},
	{"%d", a(int64(math.MaxInt64))}, {"%d", a(uint64(math.MaxUint64))}, {"%v", a(int8(-128))},
	{"%v", a(uint8(255))}, {"%d", a(int16(-300))}, {"%d", a(uint32(4000000000))},
	{"%5d", a(42)}, {"%-5d|", a(42)}, {"%05d", a(42)}, {"%05d", a(-42)}, {"%+d", a(42)},
	{"%+d", a(0)}, {"% d", a(42)}, {"% d", a(-42)}, {"%+05d", a(42)}, {"% 05d", a(42)},
	{"%-05d|", a(42)}, {"%.3d", a(7)}, {"%.3d", a(-7)}, {"%.0d", a(0)}, {"%5.0d|", a(0)},
	{"%-5.0d|", a(0)}, {"%08.3d", a(7)}, {"%8.3d", a(-7)}, {"%.d", a(0)}, {"%3d", a(12345)},
	{"%b", a(5)}, {"%b", a(-5)}, {"%#b", a(5)}, {"%b", a(uint64(math.MaxUint64))},
	{"%b", a(int64(math.MinInt64))}, {"%o", a(8)}, {"%#o", a(8)}, {"%#o", a(0)},
	{"%O", a(8)}, {"%O", a(-8)}, {"%#O", a(8)}, {"%x", a(255)}, {"%X", a(255)},
	{"%#x", a(255)}, {"%#X", a(255)}, {"%x", a(-255)}, {"%#x", a(-255)}, {"%+x", a(255)},
	{"%#08x", a(255)}, {"%#.4x", a(255)}, {"%x", a(int64(math.MinInt64))},
	{"%X", a(uint64(math.MaxUint64))}, {"%#10x|", a(3054)}, {"%-#10x|", a(3054)},
	{"%c", a(65)}, {"%c", a(0x1F600)}, {"%c", a(-1)}, {"%c", a(0x110000)}, {"%c", a(0xD800)},
	{"%c", a('é')}, {"%3c|", a('x')}, {"%-3c|", a('日')}, {"%03c", a('x')},
	{"%q", a('a')}, {"%q", a('\n')}, {"%q", a('\'')}, {"%q", a('"')}, {"%q", a(0x1F600)},
	{"%q", a(0x7F)}, {"%q", a(0xFEFF)}, {"%q", a(-1)}, {"%+q", a(0x1F600)}, {"%+q", a('é')},
	{"%#q", a('x')}, {"%5q|", a('x')},
	{"%U", a(0x1F600)}, {"%U", a('x')}, {"%U", a(0)}, {"%U", a(-1)}, {"%#U", a(0x1F600)},
	{"%#U", a('x')}, {"%#U", a(0x7F)}, {"%.6U", a('x')}, {"%#.2U", a('x')}, {"%10U|", a('x')},
	{"%-10U|", a('x')}, {"%010U", a('x')},
	{"%v", a(uint(7))}, {"%#v", a(uint(255))}, {"%#v", a(uint8(0))}, {"%#v", a(-255)},
	{"%+v", a(5)}, {"% v", a(5)}, {"%x", a(rune(-1))}, {"%d", a(int8(-1))},
	{"%s", a(5)}, {"%z", a(5)}, {"%5z", a(-5)}, {"%+e", a(7)}, {"%#z", a(uint(10))},
	{"%ä", a(1)}, {"%t", a(uint16(3))},
	// --- floats ---------------------------------------------------------------------
	{"%v", a(0.0)}, {"%v", a(math.Copysign(0, -1))}, {"%v", a(1.0)}, {"%v", a(1.5)},
	{"%v", a(-2.25)}, {"%v", a(1e20)}, {"%v", a(1e21)}, {"%v", a(1e-4)}, {"%v", a(1e-5)},
	{"%v", a(pointOne + pointTwo)}, {"%v", a(third)}, {"%v", a(1e6)}, {"%v", a(123456.0)},
	{"%v", a(123456789.0)}, {"%v", a(100000.0)}, {"%v", a(math.MaxFloat64)},
	{"%v", a(math.SmallestNonzeroFloat64)}, {"%v", a(math.NaN())}, {"%v", a(math.Inf(1))},
	{"%v", a(math.Inf(-1))}, {"%v", a(float32(0.1))}, {"%v", a(float32(1e20))},
	{"%v", a(float32(16777216))}, {"%v", a(float32(math.MaxFloat32))},
	{"%v", a(float32(1) / 3)}, {"%v", a(float32(-0.5))}, {"%v", a(Celsius(36.6))},
	{"%g", a(1e-7)}, {"%G", a(1e-7)}, {"%g", a(100000.0)}, {"%g", a(1e6)},
	{"%e", a(0.0)}, {"%e", a(1234.5678)}, {"%E", a(1234.5678)}, {"%e", a(1e-300)},
	{"%e", a(math.MaxFloat64)}, {"%f", a(0.0)}, {"%f", a(1234.5678)}, {"%F", a(1234.5678)},
	{"%f", a(1e21)}, {"%f", a(1e-7)}, {"%g", a(0.0)}, {"%g", a(math.Copysign(0, -1))},
	{"%.0f", a(0.5)}, {"%.0f", a(1.5)}, {"%.0f", a(2.5)}, {"%.2f", a(1.005)},
	{"%.1f", a(0.25)}, {"%.3g", a(1234567.0)}, {"%.3g", a(100.0)}, {"%.10g", a(third)},
	{"%.17g", a(0.1)}, {"%.30f", a(0.1)}, {"%.20e", a(third)}, {"%.0e", a(2.5)},
	{"%.0e", a(15.0)}, {"%.3e", a(0.0)}, {"%.1g", a(0.05)}, {"%.0g", a(123.0)},
	{"%.3v", a(3.14159)}, {"%.2v", a(1e10)}, {"%#g", a(1.0)}, {"%#.3g", a(1.0)},
	{"%#g", a(1e-7)}, {"%#g", a(123456789.0)}, {"%#e", a(1.0)}, {"%#.0e", a(1.0)},
	{"%#f", a(1.0)}, {"%#.0f", a(1.0)}, {"%#.0f", a(0.0)}, {"%#v", a(1.0)},
	{"%#v", a(1e21)}, {"%#v", a(float32(0.1))}, {"%+v", a(1.5)}, {"%+f", a(1.5)},
	{"% f", a(1.5)}, {"% f", a(-1.5)}, {"%+.2e", a(-1.5)}, {"%08.3f", a(-3.14159)},
	{"%08.3f", a(3.14159)}, {"%+08.3f", a(3.14159)}, {"% 08.3f", a(3.14159)},
	{"%-8.2f|", a(3.14159)}, {"%8.3e|", a(31415.9)}, {"%010.4g", a(-31415.9)},
	{"%12v|", a(1e21)}, {"%-12v|", a(-0.5)}, {"%+f", a(math.NaN())}, {"% f", a(math.NaN())},
	{"%05f", a(math.NaN())}, {"%-6f|", a(math.NaN())}, {"%+v", a(math.Inf(1))},
	{"%010v", a(math.Inf(-1))}, {"%-10f|", a(math.Inf(1))}, {"% f", a(math.Inf(1))},
	{"%e", a(float32(3.4e38))}, {"%.10f", a(float32(0.1))}, {"%g", a(float32(1e-7))},
	{"%f", a(float32(16777217))}, {"%b", a(1.0)}, {"%b", a(float32(1))}, {"%x", a(1.0)},
	{"%X", a(-3.5)}, {"%.2x", a(3.14159)}, {"%x", a(0.0)}, {"%#x", a(1.0)},
	{"%x", a(float32(0.1))}, {"%d", a(1.5)}, {"%s", a(float32(2))}, {"%d", a(Celsius(36.6))},
	{"%5d", a(1.5)}, {"%#z", a(1.0)}, {"%q", a(1.0)},
	// --- strings --------------------------------------------------------------------
	{"%v", a("hello")}, {"%s", a("")}, {"%s", a("héllo")}, {"%s", a("日本語")},
	{"%s", a("😀")}, {"%s", a("\xff\xfe")}, {"%s", a("a\x00b")}, {"%5s|", a("ab")},
	{"%-5s|", a("ab")}, {"%05s", a("ab")}, {"%.2s", a("héllo")}, {"%.0s|", a("abc")},
	{"%8.3s|", a("日本語日本")}, {"%-8.3s|", a("日本語日本")}, {"%5s|", a("日本")},
	{"%5s|", a("\xff\xfe")}, {"%.1s", a("\xffab")}, {"%2s|", a("hello")},
	{"%q", a("hello\n")}, {"%q", a("\x00")}, {"%q", a("\x7f")}, {"%q", a("日本")},
	{"%q", a("\u00ad")}, {"%q", a("\u200b")}, {"%q", a("😀")}, {"%q", a("\U000E0001")},
	{"%q", a("\xff")}, {"%q", a("é\xffé")}, {"%q", a(`a"b\c`)}, {"%q", a("\a\b\f\r\t\v")},
	{"%q", a("\x1b[0m")}, {"%q", a("'")}, {"%+q", a("日本")}, {"%+q", a("é")},
	{"%+q", a("😀")}, {"%+q", a("\xff")}, {"%#q", a("hello")}, {"%#q", a("a`b")},
	{"%#q", a("tab\there")}, {"%#q", a("new\nline")}, {"%#q", a("\ufeffx")},
	{"%#q", a("\xff")}, {"%#q", a("日本")}, {"%#+q", a("日本")}, {"%10q|", a("日本")},
	{"%-10q|", a("é")}, {"%.2q", a("日本語")}, {"%010q", a("x")},
	{"%x", a("hello")}, {"%X", a("hello")}, {"% x", a("hello")}, {"%#x", a("hello")},
	{"%# x", a("hello")}, {"%# X", a("hi")}, {"%.2x", a("hello")}, {"%10x|", a("hi")},
	{"%-10x|", a("hi")}, {"%010x", a("hi")}, {"%x", a("")}, {"%5x|", a("")},
	{"%x", a("日")}, {"% .3X", a("hello")},
	{"%#v", a("hi")}, {"%#v", a("a`b")}, {"%+v", a("日本")}, {"%d", a("hi")},
	{"%5d", a("hi")}, {"%c", a("x")}, {"%t", a("true")}, {"%T", a("x")}, {"%8T|", a(1.0)},
	{"%T", a(float32(1))}, {"%T", a(Celsius(1))},
	// --- byte slices ----------------------------------------------------------------
	{"%s", a([]byte("hi"))}, {"%q", a([]byte("hi\n"))}, {"%x", a([]byte("hi"))},
	{"% X", a([]byte("hi"))}, {"%v", a([]byte("hi"))}, {"%d", a([]byte("hi"))},
	{"%#v", a([]byte("hi"))}, {"%v", a([]byte(nil))}, {"%#v", a([]byte(nil))},
	{"%s|", a([]byte(nil))}, {"%o", a([]byte("hi"))}, {"%c", a([]byte("hi"))},
	{"%z", a([]byte("hi"))}, {"%4v", a([]byte{1, 2})}, {"%#v", a([]byte{})},
	{"%.1s", a([]byte("hi"))},
	// --- booleans -------------------------------------------------------------------
	{"%v", a(true)}, {"%t", a(false)}, {"%5t|", a(true)}, {"%-6t|", a(false)},
	{"%d", a(true)}, {"%q", a(false)}, {"%#v", a(true)}, {"%05t", a(true)},
	// --- the format string ----------------------------------------------------------
	{"%%", a()}, {"100%%", a()}, {"%d%%", a(5)}, {"%5%", a()}, {"%-5%|", a()},
	{"%[2]d %[1]d", a(1, 2)}, {"%[3]d", a(1, 2)}, {"%[0]d", a(1)}, {"%[x]d", a(1)},
	{"%[1]d %d", a(1, 2)}, {"%[2]*[1]d|", a(12, 5)}, {"%[1]d %[1]x %[1]o", a(64)},
	{"%d %d", a(1)}, {"%d", a(1, 2)}, {"%d", a(1, "x", nil)}, {"%s", a("a", 1.5, true)},
	{"%!", a()}, {"%", a()}, {"abc%", a(1)}, {"%-", a()}, {"%*d|", a(5, 42)},
	{"%-*d|", a(5, 42)}, {"%*d|", a(-5, 42)}, {"%*d", a("x", 42)}, {"%.*d", a(3, 7)},
	{"%.*d", a(-1, 7)}, {"%*d", a(10000000, 7)}, {"%.*f", a(2, math.Pi)},
	{"%*.*f|", a(8, 2, math.Pi)}, {"%*d", a(uint8(3), 7)}, {"%*d", a(1.5, 7)},
	{"%.f", a(2.5)}, {"%3[1]d|", a(7)}, {"%[1]2d", a(7)}, {"%[1].2d", a(7)},
	{"%[2]d", a(1)}, {"%[1]d %[3]d", a(1, 2)}, {"%[]d", a(1)}, {"%[1]", a(1)},
	{"%[1", a(1)}, {"%5.", a(1)}, {"%v %v", a(nil, nil)}, {"%d", a(nil)}, {"%T", a(nil)},
	{"%5v|", a(nil)}, {"%s %d", a("x")}, {"%d %s", a("x", 1)}, {"%[2]d %d", a(1, 2, 3)},
	{"%v %[1]v %v", a(1, 2)}, {"%.3[2]d", a(1, 2)}, {"%[2].3d", a(1, 2)},
	{"%.[2]*[1]d|", a(7, 4)}, {"%-+ #0d", a(3)}, {"%0-5d|", a(3)}, {"%+-5d|", a(3)},
	{"no verbs", a(1)}, {"%v%v", a("a", "b")}, {"%x %X", a(255, "hi")},
}

var printCases = [][]any{
	a(1, 2, "a", 3), a("a", "b"), a(1.5, true, nil), a(), a(float32(0.1), 1e21),
	a("x", 1, 2, "y"), a([]byte("hi"), 3),
}

// --- C++ literals -------------------------------------------------------------------------

func isHex(c byte) bool { return strings.IndexByte("0123456789abcdefABCDEF", c) >= 0 }

// cppString is s as a C++ string_view literal: valid printable UTF-8 as is, every other
// byte as \xHH (a literal is split after it when a hex digit follows).
func cppString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r >= 0x20 && r < 0x7F && r != '?':
			b.WriteByte(byte(r))
		case r >= 0xA0 && r != utf8.RuneError && strconv.IsPrint(r):
			b.WriteString(s[i : i+w])
		default:
			for j := 0; j < w; j++ {
				fmt.Fprintf(&b, `\x%02x`, s[i+j])
			}
			if i+w < len(s) && isHex(s[i+w]) {
				b.WriteString(`" "`)
			}
		}
		i += w
	}
	b.WriteString(`"sv`)
	return b.String()
}

func cppDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "kNaN"
	case math.IsInf(f, 1):
		return "kInf"
	case math.IsInf(f, -1):
		return "-kInf"
	case f == 0 && math.Signbit(f):
		return "-0.0"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func cppFloat(f float32) string {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return "float(" + cppDouble(float64(f)) + ")"
	}
	s := strconv.FormatFloat(float64(f), 'g', -1, 32)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s + "f"
}

func cppInt(v int64) string {
	if v == math.MinInt64 {
		return "INT64_MIN"
	}
	return strconv.FormatInt(v, 10)
}

// withType appends the type name when it is not the kind's default.
func withType(call, typ, deflt string) string {
	if typ == deflt {
		return call + ")"
	}
	return call + ", " + strconv.Quote(typ) + ")"
}

// cppValue is a Val constructor call for one operand.
func cppValue(v any) string {
	if v == nil {
		return "Nil()"
	}
	rv := reflect.ValueOf(v)
	typ := rv.Type().String()
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return withType("I("+cppInt(rv.Int()), typ, "int")
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return withType("U("+strconv.FormatUint(rv.Uint(), 10)+"u", typ, "uint")
	case reflect.Float64:
		return withType("F("+cppDouble(rv.Float()), typ, "float64")
	case reflect.Float32:
		return withType("F32("+cppFloat(float32(rv.Float())), typ, "float32")
	case reflect.String:
		return withType("S("+cppString(rv.String()), typ, "string")
	case reflect.Bool:
		return withType("B("+strconv.FormatBool(rv.Bool()), typ, "bool")
	case reflect.Slice:
		if rv.IsNil() {
			return "NilBytes()"
		}
		return "Bytes(" + cppString(string(rv.Bytes())) + ")"
	}
	panic("no C++ form for " + typ)
}

func cppValues(args []any) string {
	parts := make([]string, len(args))
	for i, v := range args {
		parts[i] = cppValue(v)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// --- strconv tables -----------------------------------------------------------------------

var floatValues = []float64{
	0, math.Copysign(0, -1), 1, -1.5, 0.1, third, 2.5, 1e20, 1e21, 123456789, 1e-7,
	5e-324, math.MaxFloat64, 1e23, 9.999999e-5, math.NaN(), math.Inf(-1),
}

var quoteInputs = []string{
	"", "hello", "a\"b", "back\\slash", "tab\t", "\x00\x01\x7f", "\xff", "é", "日本語",
	"😀", "\u00ad", "\u2028", "\ufeff", "\U0010ffff", "a`b", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\u0378", "\U0001F1E6", "\u0300",
}

var quoteRunes = []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', 0x2028, 0x1F600, 0xD800,
	0x110000, -1, 0xFFFD, 0x10FFFF}

var unquoteInputs = []string{
	`"hello"`, `"a\nb"`, `"\x41\u00e9\U0001F600"`, `"\101"`, `"\400"`, `'a'`, `'ab'`, `''`,
	"`raw\\n`", "`a\rb`", `"unterminated`, `"a"b"`, `"\q"`, `'\''`, `"\'"`, `'\"'`,
	`"\xff"`, `"\ud800"`, "\"new\nline\"", `x`, `""`, `"\"`, `"é"`, "'日'", `'\u65e5'`,
}

var intInputs = []struct {
	s          string
	base, bits int
}{
	{"42", 10, 64}, {"-42", 10, 64}, {"+7", 10, 64}, {"", 10, 64}, {"-", 10, 64},
	{"12a", 10, 64}, {"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64},
	{"-9223372036854775808", 10, 64}, {"-9223372036854775809", 10, 64}, {"127", 10, 8},
	{"128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 64}, {"FF", 16, 64}, {"0xff", 0, 64},
	{"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"0", 0, 64}, {"1_000", 0, 64},
	{"1_000", 10, 64}, {"_1", 0, 64}, {"0x_1f", 0, 64}, {"1__0", 0, 64}, {"zz", 36, 64},
	{"1", 1, 64}, {"1", 37, 64}, {"1", 10, 65}, {"-0x10", 0, 32}, {"99999999999999999999", 10, 64},
	{"0x", 0, 64},
}

var uintInputs = []struct {
	s          string
	base, bits int
}{
	{"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-1", 10, 64},
	{"255", 10, 8}, {"256", 10, 8}, {"0xFFFF", 0, 16}, {"1e3", 10, 64},
}

var atoiInputs = []string{"0", "123", "-123", "+5", "", "-", "+", "12a", " 1",
	"123456789012345678", "1234567890123456789", "9223372036854775808", "-9223372036854775808",
	"1_000", "0x10"}

var parseFloatInputs = []struct {
	s    string
	bits int
}{
	{"1.5", 64}, {"-0", 64}, {"0.1", 32}, {"1e400", 64}, {"-1e400", 64}, {"1e-400", 64},
	{"-1e-400", 64}, {"4e38", 32}, {"1e-50", 32}, {"inf", 64}, {"-Infinity", 64}, {"+INF", 64},
	{"NaN", 64}, {"nan", 32}, {"infinit", 64}, {"+nan", 64}, {".5", 64}, {"5.", 64},
	{"1e", 64}, {"1e+", 64}, {"e5", 64}, {"", 64}, {"0x1p-2", 64}, {"0x1.8p3", 64},
	{"0X.8P1", 64}, {"0x1", 64}, {"0x1p", 64}, {"1_000.5", 64}, {"1__0", 64}, {"_1", 64},
	{"0x_1p0", 64}, {"1.5e3", 64}, {"1E-3", 64}, {"123456789012345678901234567890", 64},
	{"2.2250738585072011e-308", 64}, {"4.9e-324", 64}, {"2e-324", 64}, {"3e-324", 64},
	{"0x1p1024", 64}, {"0x1p-1080", 64}, {"1.7976931348623157e308", 64},
	{"1.7976931348623159e308", 64}, {"3.4028235e38", 32}, {"3.4028236e38", 32},
	{"1.0000000596046448", 32}, {" 1", 64}, {"1 ", 64}, {"1.5.5", 64}, {"--1", 64},
	{"0.000000000000000000000000000001e30", 64},
}

var boolInputs = []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "false", "FALSE",
	"False", "tRuE", "yes", ""}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// isPrintDigest is a count and FNV-1a hash of every rune IsPrint accepts.
func isPrintDigest() (int, uint64) {
	count, hash := 0, uint64(14695981039346656037)
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if strconv.IsPrint(r) {
			count++
			hash = (hash ^ uint64(r)) * 1099511628211
		}
	}
	return count, hash
}

func begin(comment, typ, name string) {
	fmt.Printf("// %s\nconst %s %s[] = {\n", comment, typ, name)
}

func end() { fmt.Println("};") }

func main() {
	begin("printf: format, operands, Sprintf's result", "PrintfCase", "kPrintfCases")
	for _, c := range printfCases {
		fmt.Printf("{%s, %s, %s},\n", cppString(c.format), cppValues(c.args),
			cppString(fmt.Sprintf(c.format, c.args...)))
	}
	end()
	begin("print: operands, Sprint's result, Sprintln's result", "PrintCase", "kPrintCases")
	for _, args := range printCases {
		fmt.Printf("{%s, %s, %s},\n", cppValues(args), cppString(fmt.Sprint(args...)),
			cppString(fmt.Sprintln(args...)))
	}
	end()
	begin("format_float: value, bit size, then FormatFloat for e E f g G at prec -1, 0, 3, 20", "FormatFloatCase", "kFormatFloatCases")
	fmts := []byte{'e', 'E', 'f', 'g', 'G'}
	precs := []int{-1, 0, 3, 20}
	emitFloat := func(v float64, bits int) {
		outs := []string{}
		for _, f := range fmts {
			for _, p := range precs {
				outs = append(outs, cppString(strconv.FormatFloat(v, f, p, bits)))
			}
		}
		fmt.Printf("{%s, %d, {%s}},\n", cppDouble(v), bits, strings.Join(outs, ", "))
	}
	for _, v := range floatValues {
		emitFloat(v, 64)
	}
	for _, v := range []float64{0.1, third, 1e20, 16777217, math.MaxFloat32, 1e-45, 3.4028235e38,
		3.4028236e38, 1e300} {
		emitFloat(v, 32)
	}
	end()
	begin("quote: s, Quote, QuoteToASCII, CanBackquote", "QuoteCase", "kQuoteCases")
	for _, s := range quoteInputs {
		fmt.Printf("{%s, %s, %s, %v},\n", cppString(s), cppString(strconv.Quote(s)),
			cppString(strconv.QuoteToASCII(s)), strconv.CanBackquote(s))
	}
	end()
	begin("quote_rune: r, QuoteRune, QuoteRuneToASCII", "QuoteRuneCase", "kQuoteRuneCases")
	for _, r := range quoteRunes {
		fmt.Printf("{%d, %s, %s},\n", r, cppString(strconv.QuoteRune(r)),
			cppString(strconv.QuoteRuneToASCII(r)))
	}
	end()
	begin("unquote: s, ok, Unquote's value", "UnquoteCase", "kUnquoteCases")
	for _, s := range unquoteInputs {
		v, err := strconv.Unquote(s)
		fmt.Printf("{%s, %v, %s},\n", cppString(s), err == nil, cppString(v))
	}
	end()
	begin("parse_int: s, base, bit size, ParseInt's value and error", "ParseIntCase", "kParseIntCases")
	for _, c := range intInputs {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("{%s, %d, %d, %s, %s},\n", cppString(c.s), c.base, c.bits, cppInt(v),
			cppString(errText(err)))
	}
	end()
	begin("parse_uint: s, base, bit size, ParseUint's value and error", "ParseUintCase", "kParseUintCases")
	for _, c := range uintInputs {
		v, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("{%s, %d, %d, %du, %s},\n", cppString(c.s), c.base, c.bits, v,
			cppString(errText(err)))
	}
	end()
	begin("atoi: s, Atoi's value and error", "AtoiCase", "kAtoiCases")
	for _, s := range atoiInputs {
		v, err := strconv.Atoi(s)
		fmt.Printf("{%s, %s, %s},\n", cppString(s), cppInt(int64(v)), cppString(errText(err)))
	}
	end()
	begin("parse_float: s, bit size, FormatFloat(value, 'g', -1, 64), error", "ParseFloatCase", "kParseFloatCases")
	for _, c := range parseFloatInputs {
		v, err := strconv.ParseFloat(c.s, c.bits)
		fmt.Printf("{%s, %d, %s, %s},\n", cppString(c.s), c.bits,
			cppString(strconv.FormatFloat(v, 'g', -1, 64)), cppString(errText(err)))
	}
	end()
	begin("parse_bool: s, value, error", "ParseBoolCase", "kParseBoolCases")
	for _, s := range boolInputs {
		v, err := strconv.ParseBool(s)
		fmt.Printf("{%s, %v, %s},\n", cppString(s), v, cppString(errText(err)))
	}
	end()
	begin("format_int: value, base, FormatInt", "FormatIntCase", "kFormatIntCases")
	for _, v := range []int64{0, 255, -255, math.MinInt64, math.MaxInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("{%s, %d, %s},\n", cppInt(v), base, cppString(strconv.FormatInt(v, base)))
		}
	}
	end()
	count, hash := isPrintDigest()
	fmt.Println("// is_print: how many runes strconv.IsPrint accepts, and their FNV-1a hash")
	fmt.Printf("constexpr int kPrintableRunes = %d;\nconstexpr uint64_t kPrintableHash = %du;\n", count, hash)
}
