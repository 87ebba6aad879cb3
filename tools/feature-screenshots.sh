#!/usr/bin/env bash
# Screenshots of issue #14's voice notes, video window and quick replies, from `wabadesk --demo` under Xvfb, driven
# by the keyboard as an agent would (Ctrl+K, F6, Shift+F10, Ctrl+L, "/"): voice-note.png (mid-playback),
# video-preview.png, quick-replies.png ("/" in the composer) and quick-replies-dialog.png.
# Usage: tools/feature-screenshots.sh [out-dir=docs/screenshots] [light|dark] [WIDTHxHEIGHT=1440x900] [suffix]
# Needs xvfb-run (Xvfb), xdotool and ImageMagick's import; the GStreamer plugins of scripts/setup-debian.sh demo.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
theme="${2:-light}"
size="${3:-1440x900}"
suffix="${4:-}"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# The agent's name for {agent} in the quick replies (Preferences; otherwise the OS user's, "root" in a container).
mkdir -p "$home/.config/WabaDesk"
printf '[composer]\nagentName=Sam Rivera\n' >"$home/.config/WabaDesk/WabaDesk.conf"
HOME="$home" XDG_RUNTIME_DIR="$home" WABADESK_THEME="$theme" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    set -u
    out="$1"; suffix="$2"; w="${3%x*}"; h="${3#*x}"
    build/bin/wabadesk --demo >/dev/null 2>&1 &
    app=$!
    win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
    xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h"
    xdotool windowfocus --sync "$win" || true
    sleep 24 # the customers history and their first unprompted messages (a voice note, an edit, a video)
    open() { xdotool windowfocus --sync "$win"; xdotool key ctrl+k; sleep 1; xdotool type --delay 60 "$1"; sleep 0.5; xdotool key Return; sleep 1.5; }
    # The messages (F6 twice from the list), the newest one (Down to the end), its menu (Shift+F10).
    newest_menu() {
        xdotool key F6; sleep 0.3; xdotool key F6; sleep 0.3
        for _ in $(seq 1 12); do xdotool key Down; sleep 0.05; done
        xdotool key shift+F10; sleep 1.5
    }
    # Without a window manager the menu does not get the keys: its first item (Play) is clicked.
    first_item() {
        local menu
        menu=$(xdotool search --onlyvisible --class "wabadesk" | grep -v "^$win$" | tail -1)
        eval "$(xdotool getwindowgeometry --shell "$menu")"
        xdotool mousemove $((X + WIDTH / 2)) $((Y + 11)) click 1
        xdotool mousemove $((w - 10)) $((h - 10)) # out of the way
    }
    shot() { import -window root "$out/$1$suffix.png"; }

    open "Anna"
    newest_menu
    first_item # Play
    sleep 2.6
    shot voice-note

    xdotool key ctrl+l
    sleep 0.5
    xdotool type --delay 120 "/"
    sleep 1.2
    shot quick-replies
    xdotool key Escape ctrl+a BackSpace
    sleep 0.5

    xdotool windowfocus --sync "$win"; xdotool key alt+s; sleep 0.6; xdotool key q; sleep 1.5
    shot quick-replies-dialog
    xdotool key Escape
    sleep 0.8

    open "Silva"
    newest_menu
    first_item
    sleep 1.2
    shot video-preview
    xdotool key Escape
    kill $app
' _ "$out" "$suffix" "$size" || true
echo "wrote $out/{voice-note,quick-replies,quick-replies-dialog,video-preview}$suffix.png"
