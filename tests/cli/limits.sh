#!/usr/bin/env bash
# chanscope-cli run's limits and --leaks: each limit ends the run with a fatal error that
# names it and its flag, exit status 2; --leaks lists goroutines nothing can ever wake.
# Usage: limits.sh PATH/TO/chanscope-cli
set -euo pipefail

cli=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "limits: $*" >&2; exit 1; }

# expect_fatal NAME FIRST-LINE CLI-ARGS...: runs the program NAME.go from $tmp.
expect_fatal() {
  local name=$1 first=$2 status=0
  shift 2
  (cd "$tmp" && "$cli" run "$@" "$name.go") >/dev/null 2>"$tmp/$name.err" || status=$?
  [[ $status == 2 ]] || fail "$name: exit $status, want 2"
  [[ $(head -n1 "$tmp/$name.err") == "$first" ]] || fail "$name: stderr began: $(head -n3 "$tmp/$name.err")"
}

cat >"$tmp/runaway.go" <<'GO'
package main

func main() {
	ch := make(chan int)
	for {
		go func() { <-ch }()
	}
}
GO
expect_fatal runaway "fatal error: chanscope: goroutine limit of 100 exceeded (--max-goroutines)" \
  --max-goroutines 100

cat >"$tmp/hog.go" <<'GO'
package main

import "strings"

var all []string

func main() {
	for {
		all = append(all, strings.Repeat("y", 1000))
	}
}
GO
expect_fatal hog "fatal error: chanscope: heap limit of 8000000 bytes exceeded (--max-heap)" \
  --max-heap 8000000

cat >"$tmp/spin.go" <<'GO'
package main

func main() {
	for {
	}
}
GO
expect_fatal spin \
  "chanscope: stopped after 500 steps (the step limit, --max-steps); the program may be running forever" \
  --max-steps 500

cat >"$tmp/leak.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func leak() {
	ch := make(chan int)
	go func() { ch <- 1 }()
}

func main() {
	leak()
	time.Sleep(time.Millisecond) // the goroutine runs and blocks
	fmt.Println("done")
}
GO
(cd "$tmp" && "$cli" run --leaks leak.go) >"$tmp/leak.out" 2>"$tmp/leak.err" || fail "leak.go exited $?"
[[ $(cat "$tmp/leak.out") == done ]] || fail "leak.go printed $(cat "$tmp/leak.out")"
grep -q "^chanscope: 1 goroutine is blocked forever" "$tmp/leak.err" || fail "no leak report: $(cat "$tmp/leak.err")"
grep -q "^goroutine 2 \[chan send\]:" "$tmp/leak.err" || fail "leak report without the goroutine"
grep -q "^created by main.leak in goroutine 1" "$tmp/leak.err" || fail "leak report: $(cat "$tmp/leak.err")"
(cd "$tmp" && "$cli" run leak.go) >/dev/null 2>"$tmp/quiet.err"
[[ ! -s "$tmp/quiet.err" ]] || fail "leaks reported without --leaks"
echo "limits: ok"
