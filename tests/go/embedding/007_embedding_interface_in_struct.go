// A struct can embed an interface and wrap some of its methods.
package main

import "fmt"

type Store interface {
	Get(key string) string
	Put(key, value string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) string { return m[k] }
func (m mapStore) Put(k, v string)     { m[k] = v }

type loggingStore struct {
	Store // all methods promoted; Put is wrapped below
}

func (l loggingStore) Put(k, v string) {
	fmt.Println("put", k, v)
	l.Store.Put(k, v)
}

func main() {
	var s Store = loggingStore{mapStore{}}
	s.Put("lang", "go")
	fmt.Println(s.Get("lang"))
}

// Output:
// put lang go
// go
