// Channels hand work from one goroutine to another; a Mutex guards state they share.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Stats is shared state: a few lines of bookkeeping, guarded by a Mutex.
type Stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func (s *Stats) Add(host string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[host]++
}

// fetcher takes pages from the channel: each page belongs to one fetcher at a time.
func fetcher(pages <-chan string, stats *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for page := range pages {
		host := strings.Split(page, "/")[0]
		stats.Add(host)
	}
}

func main() {
	stats := &Stats{hits: map[string]int{}}
	pages := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go fetcher(pages, stats, &wg)
	}
	for _, p := range []string{
		"go.dev/doc", "go.dev/blog", "example.com/a", "go.dev/play",
		"example.com/b", "golang.org/x", "go.dev/tour",
	} {
		pages <- p
	}
	close(pages) // no more work: each fetcher's range loop ends
	wg.Wait()

	hosts := make([]string, 0, len(stats.hits))
	for h := range stats.hits {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Println(h, stats.hits[h])
	}
}
