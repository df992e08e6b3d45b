#!/usr/bin/env bash
# GUI frame-time benchmark: plays generated programs with 10, 100 and 1,000 goroutines (and a
# fifth as many channels) at full speed under Xvfb and prints chanscope's --bench-frames line
# for each. The target (issue 5): 1,000 goroutines + 200 channels at a median frame <= 16.7 ms
# and p95 <= 33 ms on the 2-core build machine with Mesa llvmpipe.
# Usage: gui_frames.sh PATH/TO/chanscope [FRAMES] [COUNTS...]
set -euo pipefail

binary=${1:?usage: gui_frames.sh PATH/TO/chanscope [FRAMES] [COUNTS...]}
frames=${2:-300}
shift $(( $# >= 2 ? 2 : 1 ))
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 100 1000)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in "${counts[@]}"; do
  program="$work/bench_$n.go"
  "$here/gen_goroutines.sh" "$n" > "$program"
  printf 'goroutines=%s channels=%s ' "$n" $(( n / 5 > 0 ? n / 5 : 1 ))
  xvfb-run -a -s "-screen 0 1600x900x24" "$binary" "$program" --bench-frames "$frames" | tail -1
done
