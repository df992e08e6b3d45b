#!/usr/bin/env bash
# Runs the corpus through our interpreter: `CLI run FILE.go [ARGS...]` for each program,
# comparing stdout, exit status and the beginning of stderr with the program's
# expectation block. Usage: tests/go/run_corpus.sh [-v] CLI [FILES...]
# Prints one line per mismatch and a summary; exits non-zero on any mismatch.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/corpus_lib.sh"
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [-v] CLI [FILES...]"; exit 2; }
cli=$1; shift
case $cli in /*) ;; *) cli=$(pwd)/$cli ;; esac
[ -x "$cli" ] || { echo "run_corpus.sh: $cli is not executable"; exit 2; }
timeout_s=${CORPUS_TIMEOUT:-60}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
while IFS= read -r f; do
  w="$tmp/w"; rm -rf "$w"; mkdir -p "$w"
  if ! corpus_parse "$f" "$w"; then echo "FAIL ${f#"$here"/}: malformed expectation block: $(cat "$w/problem")"; fail=$((fail+1)); continue; fi
  abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  base=$(basename "$f")
  read -r -a args < "$w/args" || true
  (cd "$(dirname "$abs")" && timeout "$timeout_s" "$cli" run "./$base" "${args[@]}") > "$w/got_out" 2> "$w/got_err"
  echo $? > "$w/got_exit"
  corpus_normalize_stderr "$w/got_err" "$w/got_err_norm" "$abs" "./$base" "$f" "$base"
  if corpus_compare "${f#"$here"/}" "$w" "$verbose"; then pass=$((pass+1)); else fail=$((fail+1)); fi
done < <(corpus_files "$here" "$@")
echo "chanscope-cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
