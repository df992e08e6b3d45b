#!/usr/bin/env bash
# chanscope-cli: `demo` prints the game and exits 0; `--events` adds the trace on stderr only;
# `run` of a missing file says so and exits 1.
# Usage: cli_demo.sh PATH/TO/chanscope-cli
set -euo pipefail

cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "cli_demo: $*" >&2; exit 1; }

"$cli" demo >"$tmp/out" 2>"$tmp/err" || fail "demo exited $?"
[[ $(grep -c ' hits ' "$tmp/out") == 9 ]] || fail "expected 9 hits, got: $(cat "$tmp/out")"
[[ $(tail -n1 "$tmp/out") == "game over after 9 hits" ]] || fail "bad last line"
[[ ! -s "$tmp/err" ]] || fail "unexpected stderr: $(cat "$tmp/err")"

"$cli" demo --events --seed 3 --procs 2 --policy random >"$tmp/out2" 2>"$tmp/events" \
  || fail "demo --events exited $?"
[[ $(tail -n1 "$tmp/out2") == "game over after 9 hits" ]] || fail "bad last line with --events"
grep -q 'chan.send' "$tmp/events" || fail "no chan.send event in the trace"
grep -q 'go.end' "$tmp/events" || fail "no go.end event in the trace"

# The same flags give the same trace, byte for byte.
"$cli" demo --events --seed 3 --procs 2 --policy random 2>"$tmp/events2" >/dev/null
cmp -s "$tmp/events" "$tmp/events2" || fail "two runs with the same seed differ"

status=0
"$cli" run "$tmp/none.go" 2>"$tmp/run_err" || status=$?
[[ $status == 1 ]] || fail "run exited $status, expected 1"
[[ $(cat "$tmp/run_err") == "chanscope-cli: cannot read $tmp/none.go" ]] \
  || fail "run printed: $(cat "$tmp/run_err")"
# A Go program: its output, and a trace without addresses (the same in every process).
here=$(cd "$(dirname "$0")" && pwd)
"$cli" run --events "$here/workers.go" >"$tmp/w_out" 2>"$tmp/w_events1" || fail "run workers.go exited $?"
"$cli" run --events "$here/workers.go" >/dev/null 2>"$tmp/w_events2"
[[ $(wc -l <"$tmp/w_out") == 6 ]] || fail "workers.go printed: $(cat "$tmp/w_out")"
grep -q 'val="worker 1 finished job 1"' "$tmp/w_events1" || fail "string values are not shown as Go values"
cmp -s "$tmp/w_events1" "$tmp/w_events2" || fail "two runs of workers.go traced differently"
echo "cli_demo: ok"
