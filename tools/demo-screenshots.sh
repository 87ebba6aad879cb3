#!/usr/bin/env bash
# Screenshots of the demo for docs/: starts `wabadesk --demo` under Xvfb (light, then dark), lets the sandbox's
# customers write in, opens the first conversation, answers it, and captures the window.
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
        # The first conversation in the list, then a reply from the composer.
        xdotool mousemove 400 270 click 1
        sleep 1
        xdotool mousemove 800 697 click 1
        xdotool type --delay 20 "¡Claro! Podemos entregarlo el *viernes*. ¿Le va bien por la mañana? 🙂"
        xdotool key Return
        sleep 6
        import -window "$win" "'"$file"'"
        kill $app' || true
    rm -rf "$home"
}
shoot light "$out/desk-light.png"
shoot dark "$out/desk-dark.png"
echo "wrote $out/desk-light.png $out/desk-dark.png"
