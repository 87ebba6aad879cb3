#!/usr/bin/env bash
# Builds the .deb from build/, installs it with apt (so its dependencies resolve from Debian), runs both binaries from
# /usr/bin, starts the installed GUI offscreen, removes the package and checks that its files are gone.
# Run by scripts/test.sh after the tests (as root, or with sudo like setup-debian.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
if dpkg-query -W -f='${Status}' wabadesk 2>/dev/null | grep -q "install ok installed"; then
    echo "A wabadesk package is already installed on this machine: not replacing it (the package check needs a" >&2
    echo "machine without one, as CI has)." >&2
    exit 1
fi

version=$(sed -n 's/^inline constexpr char kVersion\[\] = "\(.*\)";$/\1/p' build/generated/Version.h)
echo "== package: cpack -G DEB (version $version)"
rm -f build/wabadesk_*.deb
(cd build && cpack -G DEB)
deb=$(ls build/wabadesk_"$version"_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $6}'

echo "== package: install $deb"
# --no-install-recommends: the check needs what the package depends on, not the recommended keyring or Wayland.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "./$deb"
removed=0
remove() {
    if [ "$removed" -eq 0 ]; then
        removed=1
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q wabadesk
    fi
}
trap remove EXIT

echo "== package: run the installed binaries"
test "$(command -v wabadesk)" = /usr/bin/wabadesk
test "$(/usr/bin/wabadesk --version)" = "WabaDesk $version"
test "$(/usr/bin/wabadesk-cli --version)" = "wabadesk-cli $version"
/usr/bin/wabadesk --version
/usr/bin/wabadesk-cli --version
for f in /usr/share/applications/io.wabadesk.WabaDesk.desktop /usr/share/metainfo/io.wabadesk.WabaDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.wabadesk.WabaDesk.svg \
         /usr/share/icons/hicolor/256x256/apps/io.wabadesk.WabaDesk.png; do
    test -f "$f" || { echo "missing: $f" >&2; exit 1; }
done
appstreamcli validate --no-net /usr/share/metainfo/io.wabadesk.WabaDesk.metainfo.xml

# The GUI in demo mode (sandbox, in-memory keys) in a throwaway HOME: it opens its store through Qt's SQLite plugin,
# loads its icons and shows the window, then quits by itself (--quit-after-startup) and says so.
gui_home=$(mktemp -d)
started=$(HOME="$gui_home" XDG_RUNTIME_DIR="$gui_home" QT_QPA_PLATFORM=offscreen \
          timeout 60 /usr/bin/wabadesk --demo --quit-after-startup)
rm -rf "$gui_home"
echo "$started"
test "$started" = "WabaDesk started"

echo "== package: remove"
remove
for f in /usr/bin/wabadesk /usr/bin/wabadesk-cli /usr/share/applications/io.wabadesk.WabaDesk.desktop; do
    if [ -e "$f" ]; then
        echo "still there after removal: $f" >&2
        exit 1
    fi
done
echo "package check passed"
