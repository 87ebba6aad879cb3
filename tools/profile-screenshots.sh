#!/usr/bin/env bash
# Screenshots of the business-profile editor for docs/: starts `wabadesk --demo` under Xvfb (light, then dark),
# opens the Business profile tab, edits the About text (Alt+A) so that the preview shows the change, and
# captures the window.
# Usage: tools/profile-screenshots.sh [out-dir=docs/screenshots]   (needs xvfb-run, xdotool, ImageMagick's import)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
shoot() {
    local theme="$1" file="$2"
    local home
    home="$(mktemp -d)"
    HOME="$home" WABADESK_THEME="$theme" xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
        build/bin/wabadesk --demo >/dev/null 2>&1 &
        app=$!
        sleep 14
        win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
        xdotool windowsize --sync "$win" 1400 860
        xdotool windowmove --sync "$win" 0 0
        sleep 1
        # The Business profile tab, then the About field (its Alt+A mnemonic).
        xdotool mousemove --window "$win" 474 108 click 1
        sleep 3
        xdotool key alt+a ctrl+a
        xdotool type --delay 15 "Open Mon-Sat 9-19, replies within the hour"
        sleep 2
        import -window "$win" "'"$file"'"
        kill $app' || true
    rm -rf "$home"
}
shoot light "$out/profile-editor.png"
shoot dark "$out/profile-editor-dark.png"
echo "wrote $out/profile-editor.png $out/profile-editor-dark.png"
