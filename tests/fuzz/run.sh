#!/usr/bin/env bash
# run.sh — build the parser fuzz target with clang's libFuzzer and run it.
#
#   tests/fuzz/run.sh [SECONDS]    (default 300)
#
# Only the lexer/parser sources are compiled in, with -fsanitize=fuzzer,address,undefined.
# The corpus is seeded from tests/go and Go's own test/chan programs; what the fuzzer
# learns is kept in build-fuzz/corpus for the next run. A crash leaves its input in
# build-fuzz/ (crash-*, leak-*, timeout-*); replay it with build-fuzz/parse_fuzz FILE.
set -euo pipefail

seconds="${1:-300}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${FUZZ_OUT:-$root/build-fuzz}"
cxx="${CXX_FUZZ:-clang++}"
lang="$root/runtime/lang"

mkdir -p "$out/corpus" "$out/seed"

echo "== building $out/parse_fuzz"
"$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -I"$root/runtime" "$root/tests/fuzz/parse_fuzz.cpp" \
  "$lang"/{token,lexer,literal,unicode_class,unicode_tables,ast,ast_clone,ast_string,ast_print}.cpp \
  "$lang"/{parser,parser_types,parser_exprs,parser_stmts}.cpp \
  -o "$out/parse_fuzz"

echo "== seeding the corpus"
find "$root/tests/go" -name '*.go' -exec cp -t "$out/seed" {} + 2>/dev/null || true
if [ -d /usr/share/go-1.19/test/chan ]; then
  cp /usr/share/go-1.19/test/chan/*.go "$out/seed/"
fi
echo "$(ls "$out/seed" | wc -l) seed files"

echo "== fuzzing for $seconds s"
cd "$out"
exec ./parse_fuzz -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -dict="$root/tests/fuzz/go.dict" -print_final_stats=1 corpus seed
