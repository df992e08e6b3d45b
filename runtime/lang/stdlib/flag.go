// Package flag: command-line flags over os.Args (the subset Go's tests use).
package flag

import (
	"os"
	"strconv"
)

type flagDef struct {
	name  string
	usage string
	set   func(string) bool
	bool_ bool
}

var defs []*flagDef
var args []string
var parsed bool

func define(name, usage string, isBool bool, set func(string) bool) {
	defs = append(defs, &flagDef{name, usage, set, isBool})
}

func Int(name string, value int, usage string) *int {
	p := new(int)
	IntVar(p, name, value, usage)
	return p
}

func IntVar(p *int, name string, value int, usage string) {
	*p = value
	define(name, usage, false, func(s string) bool {
		v, err := strconv.Atoi(s)
		*p = v
		return err == nil
	})
}

func Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	*p = value
	define(name, usage, false, func(s string) bool {
		v, err := strconv.ParseInt(s, 0, 64)
		*p = v
		return err == nil
	})
	return p
}

func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	BoolVar(p, name, value, usage)
	return p
}

func BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	define(name, usage, true, func(s string) bool {
		v, err := strconv.ParseBool(s)
		*p = v
		return err == nil
	})
}

func String(name string, value string, usage string) *string {
	p := new(string)
	StringVar(p, name, value, usage)
	return p
}

func StringVar(p *string, name string, value string, usage string) {
	*p = value
	define(name, usage, false, func(s string) bool {
		*p = s
		return true
	})
}

func lookup(name string) *flagDef {
	for _, d := range defs {
		if d.name == name {
			return d
		}
	}
	return nil
}

func fail(msg string) {
	println(msg)
	os.Exit(2)
}

// Parse reads -name=value, -name value and -boolname from os.Args[1:].
func Parse() {
	parsed = true
	rest := os.Args[1:]
	for len(rest) > 0 {
		s := rest[0]
		if len(s) < 2 || s[0] != '-' {
			break
		}
		rest = rest[1:]
		if s == "--" {
			break
		}
		name := s[1:]
		if name[0] == '-' {
			name = name[1:]
		}
		value := ""
		hasValue := false
		for i := 0; i < len(name); i++ {
			if name[i] == '=' {
				value = name[i+1:]
				name = name[:i]
				hasValue = true
				break
			}
		}
		d := lookup(name)
		if d == nil {
			fail("flag provided but not defined: -" + name)
			return
		}
		if !hasValue && !d.bool_ {
			if len(rest) == 0 {
				fail("flag needs an argument: -" + name)
				return
			}
			value, rest = rest[0], rest[1:]
		} else if !hasValue {
			value = "true"
		}
		if !d.set(value) {
			fail("invalid value " + strconv.Quote(value) + " for flag -" + name)
			return
		}
	}
	args = rest
}

func Parsed() bool   { return parsed }
func Args() []string { return args }
func NArg() int      { return len(args) }
func Arg(i int) string {
	if i < 0 || i >= len(args) {
		return ""
	}
	return args[i]
}
