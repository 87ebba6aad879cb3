#!/usr/bin/env bash
# Screenshots of the partner console in the demo (issue #20): starts `wabadesk --demo` under Xvfb, opens
# Channel → Partner Console…, sizes the console to the screen, picks the client "Nordlicht Reisen AB" and captures the
# console window. Light at 1440×900 (docs/screenshots/partner-console.png), and the same in dark and at 1024×700 next
# to it with suffixes. Usage: tools/partner-screenshots.sh [out-dir=docs/screenshots]
# (needs xvfb-run, xdotool, ImageMagick's import; no window manager, so windows are placed with xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
shoot() {
    local theme="$1" width="$2" height="$3" file="$4"
    local home
    home="$(mktemp -d)"
    HOME="$home" WABADESK_THEME="$theme" W="$width" H="$height" FILE="$file" \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
        build/bin/wabadesk --demo >/dev/null 2>&1 &
        app=$!
        sleep 7
        win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
        xdotool windowmove "$win" 0 0 windowsize "$win" "$W" "$H"
        sleep 1
        # Channel → Partner Console… (the second entry of the Channel menu)
        xdotool mousemove 67 8 click 1
        sleep 0.5
        xdotool key Down Down Return
        sleep 3
        con=$(xdotool search --onlyvisible --name "Partner Console" | head -1)
        xdotool windowmove "$con" 0 0 windowsize "$con" "$W" "$H"
        sleep 1.5
        # The fourth client in the list: Nordlicht Reisen AB.
        xdotool mousemove 90 236 click 1
        sleep 2.5
        import -window "$con" "$FILE"
        kill $app' || true
    rm -rf "$home"
}
shoot light 1440 900 "$out/partner-console.png"
shoot dark 1440 900 "$out/partner-console-dark.png"
shoot light 1024 700 "$out/partner-console-1024.png"
echo "wrote $out/partner-console.png, partner-console-dark.png, partner-console-1024.png"
