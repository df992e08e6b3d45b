// Package fmt: formatted I/O (native). Output of Print* goes to the run's stdout.
package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// The F forms format as the S forms do and make one write, as Go's do.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	n, err = io.WriteString(w, Sprint(a...))
	return
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	n, err = io.WriteString(w, Sprintln(a...))
	return
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	n, err = io.WriteString(w, Sprintf(format, a...))
	return
}

// Errorf formats as Sprintf does; each %w takes an error operand, printed as %v, which
// the result wraps (Unwrap() error for one, Unwrap() []error for several).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	errs := make([]error, 0, len(wrapped))
	for _, i := range wrapped {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// Native: Errorf's text, and the indexes of the operands its %w verbs name (sorted, once each).
func errorf(format string, a []any) (string, []int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Append(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
