#!/usr/bin/env bash
# Plays a bundled scenario through every screen of the real game, in a real window (Xvfb with
# Mesa's software Vulkan driver), saves a PNG of each screen, and fails if any is missing or blank.
# Usage: scripts/screenshots.sh [OUT_DIR]   (default: screenshots/ under the target directory)
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/key-account/target}"
out="${1:-$CARGO_TARGET_DIR/screenshots}"
plan=scripts/screenshots.plan

for tool in xvfb-run convert; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb xauth imagemagick)"; exit 1; }
done

# KEY_ACCOUNT_BIN: an already built game (CI passes the one `cargo test` built).
bin="${KEY_ACCOUNT_BIN:-}"
if [ -z "$bin" ]; then
    cargo build --locked
    bin="$CARGO_TARGET_DIR/debug/key-account"
fi
rm -rf "$out"
mkdir -p "$out"

# -a picks a free display number; the screen holds the 1920x1080 window the plan switches to.
xvfb-run -a -s "-screen 0 1920x1080x24" \
    timeout 600 "$bin" --seed 4 --player screenshots \
    --results "$out/results" --autoplay "$plan" --screenshots "$out"

status=0
for name in $(awk '$1 == "screenshot" { print $2 }' "$plan"); do
    png="$out/$name.png"
    if [ ! -s "$png" ]; then
        echo "screenshots: $png is missing"
        status=1
        continue
    fi
    colours=$(convert "$png" -format %k info:)
    size=$(convert "$png" -format '%wx%h' info:)
    if [ "$colours" -le 1 ]; then
        echo "screenshots: $png is blank (one colour)"
        status=1
    else
        echo "screenshots: $png ok ($size, $colours colours)"
    fi
done
if ls "$out"/results/*.json >/dev/null 2>&1; then
    echo "screenshots: run record written: $(ls "$out"/results/*.json)"
else
    echo "screenshots: the finished deal wrote no run record in $out/results"
    status=1
fi
exit $status
