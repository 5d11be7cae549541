#!/usr/bin/env bash
# Fuzzes scenario loading and validation (fuzz/fuzz_targets/load.rs) with cargo fuzz (libFuzzer),
# seeded with the bundled scenarios and the broken files in tests/. Runs on the stable toolchain
# via RUSTC_BOOTSTRAP (cargo fuzz needs unstable flags), without a sanitizer by default: the code
# under test has no `unsafe`, and the run is about 3x faster.
# Usage: scripts/fuzz.sh [RUNS] [SANITIZER]   (default: 1000000 none)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
sanitizer="${2:-none}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/load
cp scenarios/*.ron tests/broken/*.ron tests/fixtures/*.ron fuzz/corpus/load/
cd fuzz
RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/key-account/fuzz-target}" \
    cargo fuzz run --sanitizer "$sanitizer" load corpus/load -- \
    -runs="$runs" -timeout=10 -max_len=16384 -print_final_stats=1
# A crash leaves its input in fuzz/artifacts/load/: copy it to tests/fuzz-regressions/, where
# tests/properties.rs loads every file on each test run.
