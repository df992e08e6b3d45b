// Package unicode: character classes and case mapping (native; Go 1.19's tables, Unicode 13.0.0).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// The cases of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const Version = "13.0.0"

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// A RangeTable is one of Go's Unicode tables (unicode.Han, unicode.Lu). chanscope keeps the
// ranges natively and knows a table by its name; Go's R16, R32 and LatinOffset are not exposed.
type RangeTable struct {
	name string
}

var (
	Letter      = &RangeTable{"Letter"}
	L           = &RangeTable{"L"}
	Upper       = &RangeTable{"Upper"}
	Lu          = &RangeTable{"Lu"}
	Lower       = &RangeTable{"Lower"}
	Ll          = &RangeTable{"Ll"}
	Title       = &RangeTable{"Title"}
	Lt          = &RangeTable{"Lt"}
	Digit       = &RangeTable{"Digit"}
	Nd          = &RangeTable{"Nd"}
	Number      = &RangeTable{"Number"}
	N           = &RangeTable{"N"}
	Punct       = &RangeTable{"Punct"}
	P           = &RangeTable{"P"}
	Mark        = &RangeTable{"Mark"}
	M           = &RangeTable{"M"}
	Symbol      = &RangeTable{"Symbol"}
	S           = &RangeTable{"S"}
	Space       = &RangeTable{"Space"}
	Z           = &RangeTable{"Z"}
	White_Space = &RangeTable{"White_Space"}
	Cc          = &RangeTable{"Cc"}
	Latin       = &RangeTable{"Latin"}
	Greek       = &RangeTable{"Greek"}
	Cyrillic    = &RangeTable{"Cyrillic"}
	Han         = &RangeTable{"Han"}
	Hangul      = &RangeTable{"Hangul"}
	Hiragana    = &RangeTable{"Hiragana"}
	Katakana    = &RangeTable{"Katakana"}
	Arabic      = &RangeTable{"Arabic"}
	Hebrew      = &RangeTable{"Hebrew"}
	Thai        = &RangeTable{"Thai"}
	Devanagari  = &RangeTable{"Devanagari"}
)

// Native: whether r is in the table with this name.
func isIn(table string, r rune) bool

func Is(rangeTab *RangeTable, r rune) bool { return isIn(rangeTab.name, r) }

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}
