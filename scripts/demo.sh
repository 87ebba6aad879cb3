#!/usr/bin/env bash
# README command 1: install what is missing, build, and open WabaDesk in demo mode (local sandbox, no network, no key).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh demo
scripts/build.sh
exec build/bin/wabadesk --demo "$@"
