#!/usr/bin/env bash
# Plays a bundled scenario through every screen of the real game, in a real window (Xvfb with
# Mesa's software Vulkan driver), saves a PNG of each screen, and fails if any is missing or blank.
# It plays the plan twice: in English (OUT_DIR/*.png), then in Simplified Chinese
# (OUT_DIR/zh/*.png), each checked alike and each writing its own run record.
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

status=0

# Plays the plan in one language into one folder, then checks every screenshot it names.
shoot() {
    local lang="$1" dir="$2"
    mkdir -p "$dir"
    # -a picks a free display number; the screen holds the 1920x1080 window the plan switches to.
    if ! xvfb-run -a -s "-screen 0 1920x1080x24" \
        timeout 600 "$bin" --lang "$lang" --seed 4 --player screenshots \
        --results "$dir/results" --autoplay "$plan" --screenshots "$dir"; then
        echo "screenshots: the game in $lang did not finish the plan"
        status=1
    fi
    for name in $(awk '$1 == "screenshot" { print $2 }' "$plan"); do
        png="$dir/$name.png"
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
    if ls "$dir"/results/*.json >/dev/null 2>&1; then
        echo "screenshots: run record written: $(ls "$dir"/results/*.json)"
    else
        echo "screenshots: the finished deal in $lang wrote no run record in $dir/results"
        status=1
    fi
}

shoot en "$out"
shoot zh-CN "$out/zh"
exit $status
