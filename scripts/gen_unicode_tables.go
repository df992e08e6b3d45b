// gen_unicode_tables.go — writes runtime/lang/unicode_tables.cpp from the installed Go's
// package unicode, so that chanscope's unicode, strings and lexer agree with gc rune for rune.
//
// Developer tool (the product never needs Go):
//
//	go run scripts/gen_unicode_tables.go > runtime/lang/unicode_tables.cpp
//
// Every class table is computed by calling Go's own predicate on every code point, so
// Latin-1 special cases (IsSpace's U+0085, IsPrint's U+00A0) come out exactly as Go has them.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"unicode"
)

type class struct {
	name string
	is   func(rune) bool
}

var classes = []class{
	{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
	{"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle},
	{"Punct", unicode.IsPunct}, {"Mark", unicode.IsMark}, {"Symbol", unicode.IsSymbol},
	{"Graphic", unicode.IsGraphic}, {"Print", unicode.IsPrint}, {"Space", unicode.IsSpace},
	{"Control", unicode.IsControl},
}

// Go's exported RangeTables that programs can pass to unicode.Is and In: the class tables
// above where Is(table, r) equals the class's IsX(r), generated ranges for the others.
type named struct {
	name  string
	class string // a class table with the same runes, or ""
	table *unicode.RangeTable
}

var namedTables = []named{
	{"Letter", "Letter", unicode.Letter}, {"L", "Letter", unicode.L},
	{"Upper", "Upper", unicode.Upper}, {"Lu", "Upper", unicode.Lu},
	{"Lower", "Lower", unicode.Lower}, {"Ll", "Lower", unicode.Ll},
	{"Title", "Title", unicode.Title}, {"Lt", "Title", unicode.Lt},
	{"Digit", "Digit", unicode.Digit}, {"Nd", "Digit", unicode.Nd},
	{"Number", "Number", unicode.Number}, {"N", "Number", unicode.N},
	{"Punct", "Punct", unicode.Punct}, {"P", "Punct", unicode.P},
	{"Mark", "Mark", unicode.Mark}, {"M", "Mark", unicode.M},
	{"Symbol", "Symbol", unicode.Symbol}, {"S", "Symbol", unicode.S},
	{"Space", "", unicode.Space}, {"Z", "", unicode.Z}, {"White_Space", "", unicode.White_Space},
	{"Cc", "", unicode.Cc},
	{"Latin", "", unicode.Latin}, {"Greek", "", unicode.Greek}, {"Cyrillic", "", unicode.Cyrillic},
	{"Han", "", unicode.Han}, {"Hangul", "", unicode.Hangul}, {"Hiragana", "", unicode.Hiragana},
	{"Katakana", "", unicode.Katakana}, {"Arabic", "", unicode.Arabic}, {"Hebrew", "", unicode.Hebrew},
	{"Thai", "", unicode.Thai}, {"Devanagari", "", unicode.Devanagari},
}

func ranges(is func(rune) bool) [][2]rune {
	var out [][2]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !is(r) {
			continue
		}
		if n := len(out); n > 0 && out[n-1][1] == r-1 {
			out[n-1][1] = r
		} else {
			out = append(out, [2]rune{r, r})
		}
	}
	return out
}

// The default SimpleFold: ToLower(r) if that differs from r, else ToUpper(r).
func defaultFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

func emit(w *strings.Builder, items []string) {
	line := "   "
	for _, it := range items {
		if len(line)+len(it)+2 > 100 {
			w.WriteString(line + "\n")
			line = "   "
		}
		line += " " + it + ","
	}
	if line != "   " {
		w.WriteString(line + "\n")
	}
}

func main() {
	var w strings.Builder
	fmt.Fprintf(&w, "// unicode_tables.cpp — Unicode %s tables of %s's package unicode (generated).\n", unicode.Version, runtime.Version())
	w.WriteString("//\n// Written by scripts/gen_unicode_tables.go; do not edit. Class tables are inclusive\n")
	w.WriteString("// [lo, hi] ranges of the code points Go's IsX accepts; kCaseRanges is unicode.CaseRanges\n")
	w.WriteString("// (delta 0x110000 marks Go's UpperLower alternation); kFoldExceptions lists the runes\n")
	w.WriteString("// whose SimpleFold is not the default (ToLower, else ToUpper); kNamedTables are the\n")
	w.WriteString("// exported RangeTables (unicode.Han, unicode.Z, ...) that unicode.Is and In accept.\n")
	w.WriteString("#include \"lang/unicode_tables.h\"\n\nnamespace chanscope::lang::unicode_tables {\n\n// clang-format off\n")
	for _, c := range classes {
		rs := ranges(c.is)
		items := make([]string, len(rs))
		for i, r := range rs {
			items[i] = fmt.Sprintf("{0x%X, 0x%X}", r[0], r[1])
		}
		fmt.Fprintf(&w, "const RuneRange k%s[] = {\n", c.name)
		emit(&w, items)
		fmt.Fprintf(&w, "};\nconst size_t k%sSize = %d;\n\n", c.name, len(rs))
	}
	for i, nt := range namedTables {
		if nt.class != "" {
			continue
		}
		rs := ranges(func(r rune) bool { return unicode.Is(nt.table, r) })
		items := make([]string, len(rs))
		for j, r := range rs {
			items[j] = fmt.Sprintf("{0x%X, 0x%X}", r[0], r[1])
		}
		fmt.Fprintf(&w, "// unicode.%s\nconst RuneRange kTable%d[] = {\n", nt.name, i)
		emit(&w, items)
		w.WriteString("};\n\n")
	}
	w.WriteString("const NamedTable kNamedTables[] = {\n")
	for i, nt := range namedTables {
		if nt.class != "" {
			fmt.Fprintf(&w, "    {\"%s\", k%s, k%sSize},\n", nt.name, nt.class, nt.class)
			continue
		}
		rs := ranges(func(r rune) bool { return unicode.Is(nt.table, r) })
		fmt.Fprintf(&w, "    {\"%s\", kTable%d, %d},\n", nt.name, i, len(rs))
	}
	fmt.Fprintf(&w, "};\nconst size_t kNamedTablesSize = %d;\n\n", len(namedTables))
	var items []string
	for _, cr := range unicode.CaseRanges {
		items = append(items, fmt.Sprintf("{0x%X, 0x%X, {%d, %d, %d}}", cr.Lo, cr.Hi, cr.Delta[0], cr.Delta[1], cr.Delta[2]))
	}
	w.WriteString("const CaseRange kCaseRanges[] = {\n")
	emit(&w, items)
	fmt.Fprintf(&w, "};\nconst size_t kCaseRangesSize = %d;\n\n", len(items))
	items = nil
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != defaultFold(r) {
			items = append(items, fmt.Sprintf("{0x%X, 0x%X}", r, f))
		}
	}
	w.WriteString("const FoldPair kFoldExceptions[] = {\n")
	emit(&w, items)
	fmt.Fprintf(&w, "};\nconst size_t kFoldExceptionsSize = %d;\n// clang-format on\n\n}  // namespace chanscope::lang::unicode_tables\n", len(items))
	os.Stdout.WriteString(w.String())
}
