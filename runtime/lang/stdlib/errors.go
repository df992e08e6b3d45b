// Package errors: New, Is, As, Unwrap, Join. Is/As/Unwrap are Go code so that user
// methods (Unwrap, Is, As) run as ordinary calls; asTarget is the native part of As.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

func New(text string) error { return &errorString{text} }

var ErrUnsupported = New("unsupported operation")

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if As(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Native: whether x's dynamic type is comparable.
func isComparable(x any) bool

// Native: panics as Go does when target is nil or not a non-nil pointer to an interface
// or to a type implementing error.
func checkAsTarget(target any)

// Native: when err's dynamic type is assignable to *target's element type, stores err
// there and reports true.
func asTarget(err error, target any) bool

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	s := ""
	for i, err := range e.errs {
		if i > 0 {
			s += "\n"
		}
		s += err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error { return e.errs }
