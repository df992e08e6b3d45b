#!/usr/bin/env bash
# Runs one of Go's own test programs (from golang-1.19-src) unmodified under chanscope-cli:
# it must exit 0 and, where Go ships a .out file, print exactly that.
# Usage: run_go_test.sh CLI GO_TEST_DIR RELATIVE_FILE
set -u
cli=$1 dir=$2 file=$3
case $cli in /*) ;; *) cli=$(pwd)/$cli ;; esac
cd "$dir" || { echo "run_go_test: no $dir"; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
timeout 120 "$cli" run "$file" > "$out"
status=$?
if [ "$status" -ne 0 ]; then
  echo "run_go_test: $file exited $status"
  exit 1
fi
expected="${file%.go}.out"
if [ -f "$expected" ] && ! cmp -s "$expected" "$out"; then
  echo "run_go_test: $file printed something else than $expected:"
  diff "$expected" "$out" | head -20
  exit 1
fi
echo "run_go_test: $file ok"
