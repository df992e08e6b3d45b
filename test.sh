#!/usr/bin/env bash
# Builds and runs every test twice: Release (with the GUI smoke test) and Debug under
# AddressSanitizer + UndefinedBehaviorSanitizer (kernel only). A build failure stops at once;
# test failures are collected, both suites run, and the script then exits non-zero.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

ensure_packages

heading "Release build (build/)"
configure_and_build build -DCMAKE_BUILD_TYPE=Release
heading "Release tests"
failed=()
ctest --test-dir build --output-on-failure -j2 || failed+=("Release")

heading "Sanitizer build (build-asan/: Debug, ASan + UBSan, no app)"
configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DCHANSCOPE_SANITIZE=ON \
  -DCHANSCOPE_BUILD_APP=OFF
heading "Sanitizer tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j2 || failed+=("Sanitizer")

if ((${#failed[@]} > 0)); then
  heading "FAILED: ${failed[*]} tests (details above)"
  exit 1
fi
heading "All tests passed"
