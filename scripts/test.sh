#!/usr/bin/env bash
# README command 2: install what is missing, build with warnings as errors, check formatting, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh test
WABADESK_WERROR=ON scripts/build.sh

echo "== clang-format"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== tests"
ctest --test-dir build --output-on-failure -j2 -LE keychain
