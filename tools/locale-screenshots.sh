#!/usr/bin/env bash
# The demo in another language, for docs/: starts `wabadesk --demo` under Xvfb with LANG set, lets the sandbox's
# customers write in, opens the first conversation and answers it, then captures the desk, the Templates tab and the
# Business profile tab (Ctrl+1…5 switch tabs; nothing depends on where translated labels put them).
# Usage: tools/locale-screenshots.sh LANG-CODE [out-dir=docs/screenshots]   e.g. de_DE, es_ES, pt_BR
# Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
lang="${1:?usage: $0 de_DE|es_ES|pt_BR [out-dir]}"
out="${2:-docs/screenshots}"
mkdir -p "$out"
case "$lang" in
    de*) reply="Gerne! Wir liefern am *Freitag*. Passt Ihnen der Vormittag?" ;;
    es*) reply="¡Claro! Podemos entregarlo el *viernes*. ¿Te va bien por la mañana?" ;;
    pt*) reply="Claro! Podemos entregar na *sexta-feira*. Pode ser de manhã?" ;;
    *) reply="Sure! We can deliver on *Friday*. Does the morning suit you?" ;;
esac
tag="${lang%%_*}"
[ "$lang" = pt_BR ] && tag=pt-BR
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" LANG="$lang.UTF-8" LANGUAGE="" LC_ALL="" WABADESK_THEME=light xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    build/bin/wabadesk --demo >/dev/null 2>&1 &
    app=$!
    sleep 16
    win=$(xdotool search --sync --onlyvisible --name "WabaDesk" | head -1)
    xdotool mousemove 400 270 click 1
    sleep 1
    xdotool mousemove 800 697 click 1
    xdotool type --delay 20 "$0"
    xdotool key Return
    sleep 6
    import -window "$win" "$1/desk-$2.png"
    xdotool key ctrl+2
    sleep 3
    import -window "$win" "$1/templates-$2.png"
    xdotool key ctrl+3
    sleep 3
    import -window "$win" "$1/profile-$2.png"
    kill $app' "$reply" "$out" "$tag" || true
echo "wrote $out/desk-$tag.png $out/templates-$tag.png $out/profile-$tag.png"
