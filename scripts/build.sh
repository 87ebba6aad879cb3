#!/usr/bin/env bash
# Configures and builds WabaDesk into build/. BUILD_TYPE (default Debug) and WABADESK_WERROR=ON|OFF are passed to
# CMake only when set, so the demo and test commands share one build without rebuilding each other's work.
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}")
if [ -n "${WABADESK_WERROR:-}" ]; then
    args+=(-DWABADESK_WERROR="$WABADESK_WERROR")
fi
cmake "${args[@]}"
cmake --build build -j"$(nproc)"
