#!/usr/bin/env bash
# README command 2: install what is missing, build with warnings as errors, check formatting, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh test
WABADESK_WERROR=ON WABADESK_POSTGRES_TESTS=ON scripts/build.sh

echo "== clang-format"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

# Every test runs in a throwaway HOME inside a private D-Bus session with an unlocked gnome-keyring, so the tests
# labelled "keychain" use a real Secret Service (QtKeychain's real code path) and nothing touches the user's own.
echo "== tests"
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
HOME="$test_home" dbus-run-session -- sh -c '
    eval "$(printf ci-keyring-password | gnome-keyring-daemon --unlock --components=secrets)"
    ctest --test-dir build --output-on-failure -j2'

# The fuzz targets (tests/fuzz), 20 s each: a finding fails the run (README.md, "Fuzzing").
echo "== fuzz"
scripts/fuzz.sh 20

# The Linux package: build the .deb, install it, run both binaries and the GUI from /usr/bin, remove it.
scripts/check-package.sh
