#!/usr/bin/env bash
# GUI smoke test over every lesson: each opens, advances 50 events without a compile error or a
# failure, and its screenshot shows something. One X server (Xvfb) serves them all.
# Usage: lessons.sh PATH/TO/chanscope LESSONS_DIR OUT_DIR
set -euo pipefail

binary=$(realpath "$1")
lessons=$(realpath "$2")
out=$3
here=$(cd "$(dirname "$0")" && pwd)
width=1280
height=720
mkdir -p "$out"
out=$(realpath "$out")
# Nothing from the user's own config, edits or lessons.
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data"

ids=()
for dir in "$lessons"/*/; do
  [[ -f "$dir/lesson.json" ]] && ids+=("$(basename "$dir")")
done
((${#ids[@]} > 0)) || { echo "lessons: none found in $lessons" >&2; exit 1; }

export binary out here width height
xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
  failed=0
  for id in "$@"; do
    png="$out/$id.png"
    rm -f "$png"
    if ! summary=$("$binary" --lesson "$id" --steps 50 --frames 2 --size "${width}x${height}" \
                     --screenshot "$png" 2>"$out/$id.err"); then
      echo "FAIL $id: exit status $?: $(head -c 300 "$out/$id.err")"; failed=1; continue
    fi
    if [[ "$summary" != *" diagnostics=0"* ]]; then
      echo "FAIL $id: does not compile: $summary"; failed=1; continue
    fi
    if ! check=$(python3 "$here/check_png.py" "$png" "$width" "$height" 2>&1); then
      echo "FAIL $id: $check"; failed=1; continue
    fi
    echo "ok   $summary"
  done
  exit $failed
' lessons "${ids[@]}"
