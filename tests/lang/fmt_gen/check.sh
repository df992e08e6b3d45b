#!/bin/sh
# check.sh — compares the tables baked into tests/lang/fmt_verbs.test.cpp with what
# fmt_gen prints under the installed Go (1.19 made them); --update rewrites them instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
test_file="$here/../fmt_verbs.test.cpp"
generated=$(mktemp /tmp/fmt_gen.XXXXXX)
trap 'rm -f "$generated" "$generated.new"' EXIT

command -v go >/dev/null || { echo "check.sh: go is not installed" >&2; exit 2; }
(cd "$here" && go run main.go) >"$generated"

if [ "${1:-}" = "--update" ]; then
  # Keep the lines up to BEGIN and from END on; put the fresh tables in between.
  awk -v gen="$generated" '
    /^\/\/ END fmt_gen/ { skipping = 0 }
    !skipping { print }
    /^\/\/ BEGIN fmt_gen/ { while ((getline line < gen) > 0) print line; skipping = 1 }
  ' "$test_file" >"$generated.new"
  mv "$generated.new" "$test_file"
  echo "check.sh: tables rewritten from $(go version)"
  exit 0
fi

sed -n '/^\/\/ BEGIN fmt_gen/,/^\/\/ END fmt_gen/p' "$test_file" | sed '1d;$d' |
  diff -u - "$generated" && echo "check.sh: tables match $(go version)"
