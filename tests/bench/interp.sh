#!/usr/bin/env bash
# interp.sh — whole Go programs under compiled Go, yaegi and chanscope-cli, in one run.
#
#   tests/bench/interp.sh [BUILD_DIR] [--reps N] [--quick]
#
# Each program in tests/bench/programs takes N as its last argument and prints
# `ops=K checksum=C`. Every run is a whole process, timed from outside (the interpreter's
# clock is virtual) by the CPU time it used: compiled Go (GOMAXPROCS=1, built once with `go build`), `yaegi run`
# (GOMAXPROCS=1) and `chanscope-cli run`, interleaved round by round. From each runner's
# median time the median time of its `hello world` is subtracted, and the rest divided by
# the reported ops. Checksums must agree across runners. Memory per blocked goroutine is
# the peak-RSS difference between blocked.go with N = 100,000 and with N = 0.
# --quick runs one round with smaller N (a smoke check; figures are noisy).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="$repo/build"
reps=3
scale=1
for arg in "$@"; do
  case "$arg" in
    --quick) reps=1; scale=10 ;;
    --reps) shift_next=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) if [[ "${shift_next:-0}" == 1 ]]; then reps="$arg"; shift_next=0; else build="$arg"; fi ;;
  esac
done
command -v go >/dev/null || { echo "interp.sh: go not found (apt-get install golang-go)" >&2; exit 1; }
command -v perf >/dev/null || { echo "interp.sh: perf not found (apt-get install linux-perf)" >&2; exit 1; }
command -v yaegi >/dev/null || { echo "interp.sh: yaegi not found (apt-get install yaegi)" >&2; exit 1; }
cli="$build/chanscope-cli"
[[ -x "$cli" ]] || { echo "interp.sh: $cli not built (cmake --build $build --target chanscope-cli)" >&2; exit 1; }

# benchmark name, N (sized so compiled Go runs for tens of milliseconds or more)
benchmarks=(
  "pingpong $((500000 / scale))"
  "buffered $((2000000 / scale))"
  "sieve $((15000 / scale))"
  "select4 $((1000000 / scale))"
  "mutex $((4000000 / scale))"
  "spawn $((200000 / scale))"
  "fib $((33 - (scale > 1 ? 7 : 0)))"
  "blocked $((100000 / scale))"
  "blocked 0"
  "hello 0"
)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for b in "${benchmarks[@]}"; do
  name=${b%% *}
  [[ -x "$tmp/go_$name" ]] || go build -o "$tmp/go_$name" "$here/programs/$name.go"
done

# run RUNNER NAME N: appends "runner name n cpu_usec rss_kib ops checksum" to results.
run() {
  local runner=$1 name=$2 n=$3 out="$tmp/out" cmd
  case $runner in
    go) cmd=("$tmp/go_$name" "$n") ;;
    yaegi) cmd=(yaegi run "$here/programs/$name.go" "$n") ;;
    chanscope) cmd=("$cli" run "$here/programs/$name.go" "$n") ;;
  esac
  # CPU time (task-clock: user + system of every thread) from perf stat, robust against
  # other load on the machine, unlike wall time; peak RSS from GNU time, for blocked.go only.
  perf stat -x, -e task-clock -o "$tmp/perf" -- env GOMAXPROCS=1 "${cmd[@]}" > "$out"
  local usec rss=0 ops checksum
  usec=$(awk -F, '/task-clock/ { printf "%d", $1 * 1000 }' "$tmp/perf")
  if [[ $name == blocked ]]; then
    GOMAXPROCS=1 /usr/bin/time -f %M -o "$tmp/rss" "${cmd[@]}" > /dev/null
    rss=$(tail -n1 "$tmp/rss")
  fi
  ops=$(sed -n 's/.*ops=\([0-9]*\).*/\1/p' "$out"); checksum=$(sed -n 's/.*checksum=\([0-9]*\).*/\1/p' "$out")
  echo "$runner $name $n $usec $rss ${ops:-0} ${checksum:-0}" >> "$tmp/results"
}

echo "== $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores; $(go version | cut -d' ' -f3), yaegi $(yaegi version 2>/dev/null || echo '?'), $reps rounds"
for ((r = 1; r <= reps; r++)); do
  for b in "${benchmarks[@]}"; do
    for runner in go yaegi chanscope; do run $runner $b; done
  done
  echo "round $r of $reps done"
done

# results: runner name n usec rss ops checksum. Median per (runner, name, n).
awk '
  { key = $1 " " $2 " " $3; t[key] = t[key] " " $4; rss[key] = $5; ops[key] = $6; sum[key] = $7
    if (!(key in seen)) { seen[key] = 1; keys[++k] = key } }
  function median(list,   a, n, i, j, x) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return a[int((n + 1) / 2)]
  }
  END { for (i = 1; i <= k; i++) print keys[i], median(t[keys[i]]), rss[keys[i]], ops[keys[i]], sum[keys[i]] }
' "$tmp/results" > "$tmp/medians"

awk '
  { usec[$1, $2, $3] = $4; rss[$1, $2, $3] = $5; ops[$1, $2, $3] = $6; sum[$1, $2, $3] = $7
    if ($1 == "go" && $2 != "hello" && $2 != "blocked") { names[++n] = $2; size[$2] = $3 }
    if ($2 == "blocked" && $3 > 0) big = $3 }
  function nsop(r, b,   hello) { hello = usec[r, "hello", 0]; return (usec[r, b, size[b]] - hello) * 1000 / ops[r, b, size[b]] }
  BEGIN {
    goal["pingpong"] = 1.5; goal["sieve"] = 1.5; goal["select4"] = 1.5; goal["buffered"] = 2
    goal["mutex"] = 4; goal["spawn"] = 4; goal["fib"] = 30
  }
  END {
    printf "\n%-9s %10s | %9s %9s %9s | %8s %8s | %s\n", "benchmark", "ops", "Go ns", "yaegi ns", "chanscope", "cs/Go", "yaegi/cs", "goals (cs/Go <=, yaegi/cs >=)"
    print "----------------------------------------------------------------------------------------------------"
    for (i = 1; i <= n; i++) {
      b = names[i]; s = size[b]
      ok = (sum["go", b, s] == sum["yaegi", b, s] && sum["go", b, s] == sum["chanscope", b, s]) ? "" : "  CHECKSUM MISMATCH"
      g = nsop("go", b); y = nsop("yaegi", b); c = nsop("chanscope", b)
      need_y = (b == "fib") ? 15 : 2
      verdict = sprintf("%s %s, %s %s", (c / g <= goal[b]) ? "met" : "MISSED", goal[b], (y / c >= need_y) ? "met" : "MISSED", need_y)
      printf "%-9s %10d | %9.1f %9.1f %9.1f | %8.2f %8.2f | %s%s\n", b, ops["go", b, s], g, y, c, c / g, y / c, verdict, ok
    }
    printf "\nbytes per blocked goroutine (peak RSS, N=%d minus N=0):", big
    for (r = 1; r <= 3; r++) {
      split("go yaegi chanscope", rn, " "); x = rn[r]
      printf "  %s %.0f", x, (rss[x, "blocked", big] - rss[x, "blocked", 0]) * 1024 / big
    }
    printf "   (goal: chanscope <= 1024)\n"
    printf "hello world, whole process:  go %.1f ms  yaegi %.1f ms  chanscope %.1f ms   (goal: chanscope < 10 ms)\n",
      usec["go", "hello", 0] / 1000, usec["yaegi", "hello", 0] / 1000, usec["chanscope", "hello", 0] / 1000
  }
' "$tmp/medians"
