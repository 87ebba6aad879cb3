#!/usr/bin/env bash
# Installs the Debian 12 packages WabaDesk needs to build, run and test, skipping those already installed.
# Usage: scripts/setup-debian.sh [build|test|demo]  (default: build)
set -euo pipefail

purpose="${1:-build}"
packages=(
    cmake ninja-build g++ pkg-config
    # qt6-tools-dev: the Qt6LinguistTools CMake package; qt6-l10n-tools: lupdate and lrelease it runs
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libcpp-httplib-dev libphonenumber-dev libssl-dev libgl-dev libsqlite3-dev zlib1g-dev
    fonts-dejavu-core
    # python3: tools/check-latin1-literals.py, which ctest runs (source_latin1_literals)
    python3
    qt6-multimedia-dev # voice notes and videos (Qt Multimedia, GStreamer backend on Linux)
    libqt6sql6-psql    # Qt's PostgreSQL driver: a team's shared store (issue #18)
)
# What Qt's GStreamer backend needs to play customers' voice notes (OGG Opus: -base) and videos (MP4: qtdemux and
# the audio sinks in -good, H.264 and AAC decoders in -libav). Nothing else: no -bad, no -ugly.
playback=(gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav)
case "$purpose" in
    # qt6-translations-l10n: Qt's own strings (standard buttons and dialogs) in the user's language; optional at run
    # time, and tst_translations checks the German one when it is there.
    # dpkg-dev, file, appstream: the .deb check (dpkg-shlibdeps, CPack's file, appstreamcli).
    # clang-14, libclang-rt-14-dev: the libFuzzer targets (scripts/fuzz.sh); iproute2: `ss`, which tst_listener_hostile
    # reads the listen backlog with.
    # g++-mingw-w64-x86-64-posix: compiles the journal's Windows file layer (tests/packaging).
    # postgresql: initdb and postgres for the store tests' throwaway clusters (tests/support/TestPostgres.h).
    test) packages+=(postgresql clang-format dbus dbus-daemon gnome-keyring libsecret-tools openssl xvfb xauth
                     qt6-translations-l10n dpkg-dev file appstream clang-14 libclang-rt-14-dev iproute2
                     g++-mingw-w64-x86-64-posix "${playback[@]}") ;;
    demo) packages+=(qt6-qpa-plugins fonts-noto-color-emoji qt6-translations-l10n "${playback[@]}") ;; # emoji
    build) ;;
    *) echo "usage: $0 [build|test|demo]" >&2; exit 2 ;;
esac
# tools/*-screenshots.sh drive the demo under Xvfb with xdotool and capture it with ImageMagick's import.
if [ "$purpose" = demo ]; then
    packages+=(xvfb xauth xdotool imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
