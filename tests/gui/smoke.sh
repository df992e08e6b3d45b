#!/usr/bin/env bash
# GUI smoke test: run chanscope under Xvfb, take a screenshot, check that it shows something.
# Usage: smoke.sh PATH/TO/chanscope OUT.png [PROGRAM.go]
set -euo pipefail

binary=$1
out=$2
program=("${@:3}")  # optional Go file to open instead of the built-in demo
width=1600
height=900
here=$(cd "$(dirname "$0")" && pwd)

rm -f "$out"
xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
  "$binary" "${program[@]}" --screenshot "$out" --frames 90
test -s "$out" || { echo "smoke: no screenshot at $out" >&2; exit 1; }
python3 "$here/check_png.py" "$out" "$width" "$height"
