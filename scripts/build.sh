#!/usr/bin/env bash
# Configures and builds WabaDesk into build/ (Debug, warnings as errors when WABADESK_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}" -DWABADESK_WERROR="${WABADESK_WERROR:-OFF}"
cmake --build build -j"$(nproc)"
