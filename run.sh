#!/usr/bin/env bash
# Builds Chanscope (Release, in build/) and starts the GUI; arguments go to build/chanscope.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

ensure_packages
heading "Building (Release, build/)"
configure_and_build build -DCMAKE_BUILD_TYPE=Release
heading "Starting chanscope"
exec build/chanscope "$@"
