#!/usr/bin/env bash
# Screenshots of the 2026 kinds of issue #16 in the demo: a username-only customer, a call card, a group, an echo
# (sent from the phone) and a Flow reply, light and dark. Each conversation is opened with the quick switcher
# (Ctrl+K, a name, Enter). Usage: tools/screenshots-2026.sh [out-dir=docs/screenshots] [WxH=1440x900]
# Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
size="${2:-1440x900}"
mkdir -p "$out"
shoot() {
    local theme="$1"
    local home
    home="$(mktemp -d)"
    HOME="$home" WABADESK_THEME="$theme" OUT="$out" THEME="$theme" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        build/bin/wabadesk --demo >/dev/null 2>&1 &
        app=$!
        sleep 20
        win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
        xdotool windowsize "$win" 100% 100%
        sleep 1
        xdotool mousemove 700 500 click 1
        open() {
            xdotool windowfocus --sync "$win"
            xdotool key ctrl+k
            sleep 0.6
            xdotool type --delay 30 "$1"
            sleep 0.6
            xdotool key Return
            sleep 2
            if [ -n "${3:-}" ]; then # a reply from the composer, then its ticks and pricing
                xdotool type --delay 20 "$3"
                xdotool key Return
                sleep 5
            fi
            import -window root "$OUT/$2-$THEME.png"
        }
        open "Dana Levi" username-only "Yes, the blue one in M is here. We ship to Haifa in 2 days."
        open "Yossi Cohen" username-switch
        open "Maria Rossi" call-card
        open "Order 1042" group
        open "Lena Weber" echo
        open "Ahmed Khan" flow-reply
        kill $app' || true
    rm -rf "$home"
}
shoot light
shoot dark
echo "wrote $out/{username-only,username-switch,call-card,group,echo,flow-reply}-{light,dark}.png"
