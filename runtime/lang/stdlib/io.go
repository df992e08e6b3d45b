// Package io: the Writer and Reader interfaces that fmt and os share.
package io

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errorString("EOF")

type errorString string

func (e errorString) Error() string { return string(e) }
