// Package os: the process as the run sees it — arguments, exit, standard streams.
package os

import "errors"

// The portable error values of package os (io/fs's, as Go re-exports them).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// A File is one of the standard streams.
type File struct {
	fd int
}

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

// Args holds the program name and the arguments after the file in chanscope-cli run.
var Args = runArgs()

func runArgs() []string

func Exit(code int)

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error { return nil }
func (f *File) Name() string {
	switch f.fd {
	case 0:
		return "/dev/stdin"
	case 1:
		return "/dev/stdout"
	}
	return "/dev/stderr"
}

func Getenv(key string) string
func Getpid() int
