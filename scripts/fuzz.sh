#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each one, starting from the committed corpus.
# Usage: scripts/fuzz.sh [seconds per target = 20] [target ...]
#   CI runs it with the default (three targets, about a minute). For a long run:
#   scripts/fuzz.sh 3600 fuzz_http_request          # an hour on one target
#   FUZZ_JOBS=2 scripts/fuzz.sh 7200                 # two processes per target
# New inputs go to build-fuzz/corpus/<target> (the committed corpus is only read); a finding stops the run, leaves
# crash-*/leak-*/timeout-* in build-fuzz/findings and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_webhook_parser fuzz_whatsapp_text fuzz_http_request)
declare -A corpus=([fuzz_webhook_parser]=webhook [fuzz_whatsapp_text]=text [fuzz_http_request]=http)

clang="${CXX_FUZZ:-clang++-14}"
command -v "$clang" >/dev/null || clang=clang++
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clang" \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
cmake --build build-fuzz -j"${FUZZ_BUILD_JOBS:-2}"

mkdir -p build-fuzz/findings
status=0
for target in "${targets[@]}"; do
    work="build-fuzz/corpus/$target"
    mkdir -p "$work"
    echo "== $target: ${seconds} s from tests/fuzz/corpus/${corpus[$target]}"
    log="build-fuzz/$target.log"
    # Written corpus first, then the committed seeds (read only); findings are artifacts, the run fails on any.
    if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build-fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$target-" \
        ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} \
        "$work" "tests/fuzz/corpus/${corpus[$target]}" >"$log" 2>&1; then
        status=1
        echo "!! $target found a problem (build-fuzz/findings):"
        tail -40 "$log"
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$log" | sed 's/^/   /' || true
done
exit $status
