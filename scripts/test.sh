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

echo "== keychain tests (a real Secret Service: gnome-keyring in a private D-Bus session and a throwaway HOME)"
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
HOME="$keyring_home" dbus-run-session -- sh -c '
    eval "$(printf ci-keyring-password | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir build --output-on-failure -L keychain'
