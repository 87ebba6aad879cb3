#!/usr/bin/env bash
# Regenerates the committed icon files from resources/icons/wabadesk.svg and, for 16-24 px, packaging/icons/
# wabadesk-small.svg (run after changing the SVG; the build itself
# needs no image tool): packaging/icons/png/wabadesk-<size>.png, packaging/windows/wabadesk.ico,
# packaging/macos/wabadesk.icns. Needs g++, Qt 6 (Gui) and Qt's SVG image plugin (libqt6svg6).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2046
g++ -std=c++20 -fPIC -O1 -o "$tmp/render-icons" packaging/icons/render-icons.cpp $(pkg-config --cflags --libs Qt6Gui)
QT_QPA_PLATFORM=offscreen "$tmp/render-icons" resources/icons/wabadesk.svg packaging/icons/wabadesk-small.svg "$tmp/out"
mkdir -p packaging/icons/png packaging/windows packaging/macos
mv "$tmp"/out/wabadesk-*.png packaging/icons/png/
mv "$tmp/out/wabadesk.ico" packaging/windows/
mv "$tmp/out/wabadesk.icns" packaging/macos/
ls -l packaging/icons/png packaging/windows/wabadesk.ico packaging/macos/wabadesk.icns
