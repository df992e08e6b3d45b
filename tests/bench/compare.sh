#!/usr/bin/env bash
# compare.sh — the kernel's costs next to compiled Go (GOMAXPROCS=1) in one run.
#
#   tests/bench/compare.sh [BUILD_DIR] [--quick]
#
# Builds kernel_bench in BUILD_DIR (default ./build; configured as Release if it has
# no CMakeCache.txt yet), runs it and tests/bench/go/main.go (the same programs, via
# `GOMAXPROCS=1 go run`), and prints one table: chanscope vs Go, ratio chanscope/Go.
# When `yaegi` is on PATH the same Go file is also run interpreted and compared.
# --quick shortens every measurement (for a smoke check; figures are noisier).
# Go (golang-go) is a developer tool here: nothing in the product needs it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="./build"
min_time=0.5
for arg in "$@"; do
  case "$arg" in
    --quick) min_time=0.05 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "compare.sh: unknown option $arg" >&2; exit 2 ;;
    *) build="$arg" ;;
  esac
done

command -v go >/dev/null || { echo "compare.sh: go not found (apt-get install golang-go)" >&2; exit 1; }

# ---- build -------------------------------------------------------------------------------
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
if [[ "$build_type" != "Release" ]]; then
  echo "compare.sh: warning: $build is a '${build_type:-no type}' build; figures need Release" >&2
fi
cmake --build "$build" -j2 --target kernel_bench
bench_exe="$build/kernel_bench"
[[ -x "$bench_exe" ]] || bench_exe="$(find "$build" -name kernel_bench -type f -perm -u+x | head -n1)"
[[ -x "$bench_exe" ]] || { echo "compare.sh: kernel_bench not found in $build" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ---- run ---------------------------------------------------------------------------------
echo "== chanscope kernel ($bench_exe)"
"$bench_exe" --benchmark_min_time="$min_time" \
  --benchmark_out="$tmp/kernel.json" --benchmark_out_format=json

echo
echo "== Go $(go env GOVERSION), GOMAXPROCS=1"
(cd "$here/go" && GOMAXPROCS=1 go run main.go -min_time "$min_time") | tee "$tmp/go.txt"

have_yaegi=0
if command -v yaegi >/dev/null; then
  have_yaegi=1
  echo
  echo "== yaegi $(yaegi version 2>/dev/null || true), GOMAXPROCS=1"
  GOMAXPROCS=1 yaegi run "$here/go/main.go" -min_time "$min_time" | tee "$tmp/yaegi.txt"
fi

# ---- table -------------------------------------------------------------------------------
# kernel.json: Google Benchmark writes one field per line; take each benchmark's name
# and its ns_per_op (bytes_per_parked_g for the memory one).
awk '
  /"name":/ { name = $2; gsub(/[",]/, "", name); sub(/\/.*/, "", name); next }
  /"error_occurred": true/ { print name, "ERROR"; next }
  /"ns_per_op":/ && name != "parked_goroutine_bytes" { v = $2; sub(/,$/, "", v); print name, v + 0 }
  /"bytes_per_parked_g":/ { v = $2; sub(/,$/, "", v); print name, v + 0 }
' "$tmp/kernel.json" > "$tmp/kernel.txt"

echo
echo "== $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
awk -v have_yaegi="$have_yaegi" '
  FILENAME ~ /kernel.txt$/ { k[$1] = $2; order[++n] = $1; next }
  FILENAME ~ /go.txt$/     { g[$1] = $2; next }
  FILENAME ~ /yaegi.txt$/  { y[$1] = $2; next }
  function num(v) { return (v == "" || v == "ERROR") ? (v == "" ? "-" : v) : sprintf("%.1f", v) }
  function ratio(a, b) { return (a == "" || b == "" || a == "ERROR" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
  END {
    hdr = sprintf("%-24s | %-11s | %10s | %10s | %9s", "benchmark", "unit", "chanscope", "Go", "ratio")
    if (have_yaegi) hdr = hdr sprintf(" | %10s | %9s", "yaegi", "ratio")
    hdr = hdr " | verdict"
    print hdr
    gsub(/[^|]/, "-", hdr); print hdr
    for (i = 1; i <= n; i++) {
      b = order[i]
      unit = (b == "parked_goroutine_bytes") ? "bytes/G" : "ns/op"
      r = ratio(k[b], g[b])
      verdict = (r == "-") ? "?" : (r + 0 < 1 ? "under Go" : "NOT under Go")
      if (b == "parked_goroutine_bytes" && k[b] != "ERROR")
        verdict = verdict ((k[b] + 0 < 512) ? ", under 512" : ", NOT under 512")
      line = sprintf("%-24s | %-11s | %10s | %10s | %9s", b, unit, num(k[b]), num(g[b]), r)
      if (have_yaegi) line = line sprintf(" | %10s | %9s", num(y[b]), ratio(k[b], y[b]))
      print line " | " verdict
    }
  }' "$tmp/kernel.txt" "$tmp/go.txt" $([[ $have_yaegi == 1 ]] && echo "$tmp/yaegi.txt")
echo "ratio = chanscope / other: below 1 means the kernel is cheaper."
