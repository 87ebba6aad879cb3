#!/usr/bin/env bash
# Screenshots of the demo for docs/: starts `wabadesk --demo` under Xvfb (light, then dark), lets the sandbox's
# customers write in, opens a conversation, answers it, and captures the window.
# Usage: tools/demo-screenshots.sh [out-dir=docs/screenshots]   (needs xvfb-run, xdotool, ImageMagick's import)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
shoot() {
    local theme="$1" file="$2"
    local home
    home="$(mktemp -d)"
    HOME="$home" WABADESK_THEME="$theme" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        build/bin/wabadesk --demo >/dev/null 2>&1 &
        app=$!
        sleep 16
        win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
        # Lena Weber through Go to Conversation (Ctrl+K), then a reply from the composer (Ctrl+L). ASCII only:
        # xdotool drops characters outside the keymap of Xvfb.
        xdotool mousemove 880 500 click 1 # the keyboard focus (Xvfb has no window manager to give it)
        xdotool key ctrl+k
        sleep 1
        xdotool type --delay 30 "Lena"
        sleep 0.5
        xdotool key Return
        sleep 1
        xdotool key ctrl+l
        xdotool type --delay 20 "Wonderful, Lena: the pickup desk is open from 9 to 18 on *Saturday*. See you then!"
        xdotool key Return
        sleep 6
        import -window "$win" "'"$file"'"
        kill $app' || true
    rm -rf "$home"
}
shoot light "$out/desk-light.png"
shoot dark "$out/desk-dark.png"
echo "wrote $out/desk-light.png $out/desk-dark.png"
