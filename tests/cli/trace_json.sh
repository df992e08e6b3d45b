#!/usr/bin/env bash
# chanscope-cli run --trace OUT.json: the file is JSON that Perfetto opens, with a named track
# per goroutine, state spans named with Go's wait reasons, send→receive flow pairs, buffer
# counters, and the same bytes on every run.
# Usage: trace_json.sh PATH/TO/chanscope-cli
set -euo pipefail

cli=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "trace_json: $*" >&2; exit 1; }

"$cli" run --trace "$tmp/a.json" "$here/workers.go" >"$tmp/out" || fail "run exited $?"
[[ $(wc -l <"$tmp/out") == 6 ]] || fail "--trace changed the program's output: $(cat "$tmp/out")"
"$cli" run --trace "$tmp/b.json" "$here/workers.go" >/dev/null
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "two runs wrote different traces"

python3 - "$tmp/a.json" <<'PY' || fail "trace content"
import collections, json, sys
events = json.load(open(sys.argv[1]))["traceEvents"]
def need(cond, what):
    if not cond:
        sys.exit("missing: " + what)
tracks = {e["tid"]: e["args"]["name"] for e in events if e.get("name") == "thread_name"}
need(tracks.get(1) == "G1 main.main", "track G1 main.main, got %r" % tracks.get(1))
need(sum(1 for n in tracks.values() if n.endswith(" main.worker")) == 3, "three main.worker tracks")
spans = collections.Counter(e["name"] for e in events if e["ph"] == "X" and e.get("cat") == "state")
for state in ("running", "runnable", "chan receive", "sleep", "sync.WaitGroup.Wait"):
    need(spans[state] > 0, "a %r span (have %s)" % (state, dict(spans)))
need(all(e["dur"] >= 0 for e in events if e["ph"] == "X"), "non-negative durations")
starts = {e["id"]: e for e in events if e["ph"] == "s"}
ends = {e["id"]: e for e in events if e["ph"] == "f"}
need(starts and set(starts) == set(ends), "every flow start has its end")
# workers.go sends jobs 1..6 from G5 to the workers: each arrow goes between two goroutines.
need(any(starts[i]["tid"] != ends[i]["tid"] for i in starts), "a flow between goroutines")
need(all(ends[i]["ts"] >= starts[i]["ts"] for i in starts), "flows forward in time")
counters = [e for e in events if e["ph"] == "C"]
need(counters and max(e["args"]["len"] for e in counters) > 0, "a buffer length counter above 0")
values = {e["args"].get("value") for e in events if e["ph"] == "X" and e.get("cat") == "chan"}
need('"worker 1 finished job 1"' in values, "channel values shown as Go values")
need(any(e["ph"] == "i" and e["name"] == "print" for e in events), "print instants")
PY

# On several lanes (each with its own clock) a track's state spans still never overlap.
"$cli" run --procs 4 --trace "$tmp/p4.json" "$here/workers.go" >/dev/null || fail "--procs 4 exited $?"
python3 - "$tmp/p4.json" <<'PY' || fail "overlapping spans with --procs 4"
import collections, json, sys
spans = collections.defaultdict(list)
for e in json.load(open(sys.argv[1]))["traceEvents"]:
    if e["ph"] == "X" and e.get("cat") == "state":
        spans[e["tid"]].append((e["ts"], e["ts"] + e["dur"]))
for tid, s in spans.items():
    s.sort()
    for (a0, a1), (b0, b1) in zip(s, s[1:]):
        if b0 < a1 - 1e-9:
            sys.exit("G%d: [%g, %g] overlaps [%g, %g]" % (tid, a0, a1, b0, b1))
PY

# A panic is an instant on every track; a file that cannot be written is an error.
cat >"$tmp/p.go" <<'GO'
package main

func main() {
	panic("boom")
}
GO
status=0
"$cli" run --trace "$tmp/p.json" "$tmp/p.go" 2>/dev/null || status=$?
[[ $status == 2 ]] || fail "panicking program exited $status"
grep -q '"name":"panic: boom"' "$tmp/p.json" || fail "no panic instant"
status=0
"$cli" run --trace "$tmp/no/such/dir.json" "$here/workers.go" >/dev/null 2>"$tmp/err" || status=$?
[[ $status == 1 ]] || fail "unwritable trace file: exit $status"
grep -q "cannot write" "$tmp/err" || fail "unwritable trace file: $(cat "$tmp/err")"
echo "trace_json: ok"
