// Package strconv: conversions to and from strings (native).
package strconv

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

var ErrRange = newError("value out of range")
var ErrSyntax = newError("invalid syntax")

type strError struct {
	s string
}

func (e *strError) Error() string { return e.s }

func newError(s string) error { return &strError{s} }

func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string
func Unquote(s string) (string, error)
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuote(dst []byte, s string) []byte
