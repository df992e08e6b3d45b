// When the panic value is an error, the crash message is its Error() text.
package main

import "fmt"

type ConfigError struct {
	Key string
}

func (e ConfigError) Error() string { return "missing config key " + e.Key }

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok {
		panic(ConfigError{key})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost"}
	fmt.Println(mustGet(cfg, "host"))
	fmt.Println(mustGet(cfg, "port"))
}

// Output:
// localhost
// Exit: 2
// Stderr:
// panic: missing config key port
//
// goroutine 1 [running]:
