#!/usr/bin/env bash
# Configures and builds WabaDesk into build/. BUILD_TYPE (default Debug), WABADESK_WERROR and WABADESK_POSTGRES_TESTS
# (ON|OFF|AUTO) are passed to
# CMake only when set, so the demo and test commands share one build without rebuilding each other's work.
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}")
if [ -n "${WABADESK_WERROR:-}" ]; then
    args+=(-DWABADESK_WERROR="$WABADESK_WERROR")
fi
# ON (scripts/test.sh, CI): the store tests must run on PostgreSQL too, and configuring fails without its server.
if [ -n "${WABADESK_POSTGRES_TESTS:-}" ]; then
    args+=(-DWABADESK_POSTGRES_TESTS="$WABADESK_POSTGRES_TESTS")
fi
cmake "${args[@]}"
cmake --build build -j"$(nproc)"
