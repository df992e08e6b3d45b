#!/usr/bin/env bash
# Re-checks every program of the corpus against the real Go toolchain (a developer tool:
# the product never needs Go). Usage: tests/go/check_with_go.sh [-v] [FILES...]
# Each program is built with `go build` and the binary run directly, so that the exit
# status is the program's own (`go run` turns every failure into 1); a build failure
# counts as exit status 1, as `chanscope-cli run` reports compile errors.
# Programs whose `// Go: 1.N` is newer than the installed Go are skipped.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/corpus_lib.sh"
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
command -v go >/dev/null || { echo "check_with_go.sh: go is not installed"; exit 1; }
gover=$(go env GOVERSION | sed -E 's/^go(1\.[0-9]+).*/\1/')
timeout_s=${CORPUS_TIMEOUT:-60}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skip=0
while IFS= read -r f; do
  w="$tmp/w"; rm -rf "$w"; mkdir -p "$w"
  if ! corpus_parse "$f" "$w"; then echo "FAIL ${f#"$here"/}: malformed expectation block: $(cat "$w/problem")"; fail=$((fail+1)); continue; fi
  need=$(cat "$w/goversion")
  if [ -n "$need" ] && corpus_version_newer "$need" "$gover"; then skip=$((skip+1)); continue; fi
  abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  base=$(basename "$f")
  read -r -a args < "$w/args" || true
  if (cd "$(dirname "$abs")" && go build -o "$w/prog" "./$base") > "$w/got_out" 2> "$w/got_err"; then
    (cd "$w" && timeout "$timeout_s" ./prog "${args[@]}") > "$w/got_out" 2> "$w/got_err"
    echo $? > "$w/got_exit"
  else
    : > "$w/got_out"; echo 1 > "$w/got_exit"
  fi
  corpus_normalize_stderr "$w/got_err" "$w/got_err_norm" "$abs" "./$base" "$f" "$base"
  if corpus_compare "${f#"$here"/}" "$w" "$verbose"; then pass=$((pass+1)); else fail=$((fail+1)); fi
done < <(corpus_files "$here" "$@")
echo "go $gover: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
