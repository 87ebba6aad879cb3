#!/usr/bin/env bash
# Makes the demo's media files, committed under app/sandbox/media/ (the sandbox's customers send them; the playback
# tests play them): a German voice note (OGG Opus, 16 kHz mono, as WhatsApp records them) and a short MP4 clip
# (H.264 baseline + AAC, 160x120). Only needed to change them; building and testing use the committed files.
# photo.jpg (a T-shirt with a torn seam, 480x360, JPEG quality 82) was drawn once with QPainter; any small JPEG does.
# Needs: espeak-ng, gst-launch-1.0 with gstreamer1.0-plugins-base/-good/-ugly (x264enc) and gstreamer1.0-libav.
set -euo pipefail
cd "$(dirname "$0")/.."
out=app/sandbox/media
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

espeak-ng -v de -s 160 -w "$tmp/voice.wav" \
    "Hallo, hier ist Anna. Das Paket ist noch nicht da. Können Sie bitte nachsehen?"
gst-launch-1.0 -q filesrc location="$tmp/voice.wav" ! wavparse ! audioconvert ! audioresample \
    ! audio/x-raw,rate=16000,channels=1 ! opusenc bitrate=10000 bandwidth=wideband frame-size=60 \
    ! oggmux ! filesink location="$out/voice-note.ogg"

gst-launch-1.0 -q videotestsrc num-buffers=20 pattern=ball \
    ! video/x-raw,width=160,height=120,framerate=8/1 ! videoconvert \
    ! x264enc bitrate=24 speed-preset=veryslow key-int-max=20 ! video/x-h264,profile=constrained-baseline \
    ! mp4mux name=mux faststart=true ! filesink location="$out/clip.mp4" \
    audiotestsrc num-buffers=59 samplesperbuffer=1024 wave=sine freq=440 volume=0.2 \
    ! audio/x-raw,rate=24000,channels=1 ! audioconvert ! avenc_aac bitrate=12000 ! aacparse ! mux.
ls -l "$out"
