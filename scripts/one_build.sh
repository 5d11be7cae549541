#!/usr/bin/env bash
# Fails if `cargo test` and `cargo run` would build any shared crate (Bevy's among them) with
# different features, which makes the README's two commands compile Bevy twice (issue 13).
#
# `cargo tree -e no-dev` resolves features as `cargo build`/`cargo run` do; adding `dev` edges
# resolves them as `cargo test` does (dev-dependencies unify their features into shared crates).
# Every crate the game builds must come out with the same features both ways. It only resolves,
# so it costs seconds, not a build.
set -euo pipefail
cd "$(dirname "$0")/.."

run=$(mktemp)
test=$(mktemp)
trap 'rm -f "$run" "$test"' EXIT
cargo tree --locked -e no-dev -f '{p} {f}' --prefix none | sort -u >"$run"
cargo tree --locked -e normal,build,dev -f '{p} {f}' --prefix none | sort -u >"$test"

python3 - "$run" "$test" <<'EOF'
import sys

def features(path):
    """name version -> the feature sets cargo tree printed for it."""
    out = {}
    for line in open(path, encoding="utf-8"):
        words = line.replace("(*)", "").split()
        if len(words) < 2:
            continue
        rest = words[2:]
        if rest and rest[0].startswith("("):  # a path or registry source
            while rest and not rest[0].endswith(")"):
                rest = rest[1:]
            rest = rest[1:]
        out.setdefault(f"{words[0]} {words[1]}", set()).add(" ".join(rest))
    return out

run, test = features(sys.argv[1]), features(sys.argv[2])
differ = sorted(k for k in run if run[k] != test.get(k))
if differ:
    print("one build: these crates get other features under `cargo test` than under `cargo run`,")
    print("so Bevy would be compiled twice; align the features in Cargo.toml:")
    for k in differ:
        print(f"  {k}\n    run:  {sorted(run[k])}\n    test: {sorted(test.get(k, set()))}")
    sys.exit(1)
print(f"one build: the {len(run)} crates `cargo run` builds get the same features under `cargo test`")
EOF
