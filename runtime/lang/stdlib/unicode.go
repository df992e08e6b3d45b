// Package unicode: character classes (native).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
)

func IsDigit(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func ToLower(r rune) rune
func ToUpper(r rune) rune
func ToTitle(r rune) rune
