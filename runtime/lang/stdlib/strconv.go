// Package strconv: conversions to and from strings. Natives do the work (strconv_*.cpp,
// ports of Go's); the functions returning errors are Go code building Go's *NumError.
package strconv

import "errors"

const IntSize = 64

// A NumError records a failed conversion; Err is ErrRange or ErrSyntax.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ErrRange and ErrSyntax are the Err of a NumError: the value is out of range for the type,
// or the text is not in the function's syntax.
var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// Natives: the parsers' values and why they failed (a numErr code).
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func atoi(s string) (int, int)
func parseBool(s string) (bool, int)
func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
func quotedPrefix(s string) (string, bool)

// numError builds Go's *NumError for a parser's failure code (0: success, nil).
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	case 4:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	return nil
}

func Atoi(s string) (int, error) {
	v, code := atoi(s)
	return v, numError("Atoi", s, code, 10, 0)
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, base, bitSize)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, base, bitSize)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, code, 10, bitSize)
}

func ParseBool(str string) (bool, error) {
	v, code := parseBool(str)
	return v, numError("ParseBool", str, code, 10, 0)
}

func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func QuotedPrefix(s string) (string, error) {
	prefix, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return prefix, nil
}

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}

func Itoa(i int) string
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteToGraphic(dst []byte, s string) []byte
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
