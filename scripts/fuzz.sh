#!/usr/bin/env bash
# Fuzzes with cargo fuzz (libFuzzer) on the stable toolchain via RUSTC_BOOTSTRAP (cargo fuzz needs
# unstable flags), without a sanitizer by default: the code under test has no `unsafe`, and the
# run is about 3x faster.
#   load:   scenario loading and validation (fuzz/fuzz_targets/load.rs), seeded with the bundled
#           scenarios and the broken files in tests/.
#   record: run records, read and replayed (fuzz/fuzz_targets/record.rs), seeded with records of
#           the bundled lines of play and tests/fuzz-regressions/records/.
# Usage: scripts/fuzz.sh [RUNS] [SANITIZER] [TARGET]   (default: 1000000 none load)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
sanitizer="${2:-none}"
target="${3:-load}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p "fuzz/corpus/$target"
case "$target" in
    load)
        cp scenarios/*.ron tests/broken/*.ron tests/fixtures/*.ron fuzz/corpus/load/
        max_len=16384
        ;;
    record)
        cp tests/fixtures/*.json tests/fuzz-regressions/records/* fuzz/corpus/record/
        max_len=65536
        ;;
    *)
        echo "unknown target $target (load or record)" >&2
        exit 2
        ;;
esac
cd fuzz
RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/key-account/fuzz-target}" \
    cargo fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" -- \
    -runs="$runs" -timeout=10 -max_len="$max_len" -print_final_stats=1
# A crash leaves its input in fuzz/artifacts/TARGET/: copy it to tests/fuzz-regressions/ (a
# scenario) or tests/fuzz-regressions/records/ (a record), where tests/properties.rs loads every
# file on each test run.
