#!/usr/bin/env bash
# GUI screenshots that must differ: one program at two --steps (the run is shown as it goes),
# and the same view in English and Korean (Hangul renders).
# Usage: compare.sh PATH/TO/chanscope OUT_DIR [PROGRAM ARGS...] (default: the first lesson)
set -euo pipefail

binary=$(realpath "$1")
out=$2
program=("${@:3}")
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(realpath "$out")
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data"

shot() {  # shot NAME ARGS...
  local name=$1
  shift
  "$binary" "${program[@]}" --size 1600x900 --frames 2 --screenshot "$out/$name.png" "$@" >/dev/null
  python3 "$here/check_png.py" "$out/$name.png" 1600 900
}

xvfb-run -a -s "-screen 0 1600x900x24" bash -c "$(declare -p binary out here program; declare -f shot)"'
  shot early --steps 3
  shot later --steps 40
  shot korean --steps 3 --lang ko
'
python3 "$here/png_differ.py" "$out/early.png" "$out/later.png"
python3 "$here/png_differ.py" "$out/early.png" "$out/korean.png"
