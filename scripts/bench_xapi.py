#!/usr/bin/env python3
"""Peak memory of `export-xapi` (issue 10, row 7): flat on 20,000 records, bounded on one record
with 400,000 edits. Fails (exit 1) when a peak reaches 100 MB or the huge record gives more than
MAX_DECISION_STATEMENTS + 3 statements.

    python3 scripts/bench_xapi.py [N]          # N records, default 20000

Uses the binaries a `cargo test --no-default-features` (or `cargo build --examples`) built, in
$CARGO_TARGET_DIR/debug (default target/debug); KEY_ACCOUNT_BIN and KEY_ACCOUNT_RECORDS_BIN
override them. The peak is the child's maximum resident set size, from wait4.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

LIMIT_MB = 100
MAX_STATEMENTS_PER_RECORD = 203

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
ka = os.environ.get("KEY_ACCOUNT_BIN", os.path.join(target, "debug", "key-account"))
records = os.environ.get(
    "KEY_ACCOUNT_RECORDS_BIN", os.path.join(target, "debug", "examples", "records")
)


def run(args):
    """Runs a command: (exit code, seconds, stdout, stderr)."""
    start = time.monotonic()
    p = subprocess.run(args, capture_output=True, text=True)
    return p.returncode, time.monotonic() - start, p.stdout, p.stderr


def measured(args):
    """Runs a command with stdout discarded: (exit code, seconds, peak RSS in MB of that child)."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(args[0], args)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024.0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        many = os.path.join(tmp, "many")
        code, secs, out, err = run([records, many, str(n)])
        if code != 0:
            sys.exit(f"records failed: {err}")
        print(f"generated: {out.strip()} in {secs:.1f} s")
        out_file = os.path.join(tmp, "many.json")
        code, secs, peak = measured([ka, "export-xapi", many, "--out", out_file])
        size = os.path.getsize(out_file) / 1e6
        print(
            f"export-xapi, {n} records: exit {code}, {secs:.1f} s, peak {peak:.1f} MB, "
            f"{size:.1f} MB written"
        )
        if code != 0 or peak >= LIMIT_MB:
            print(f"FAIL: export-xapi on {n} records must finish under {LIMIT_MB} MB")
            failed = True

        huge = os.path.join(tmp, "huge")
        code, secs, out, err = run([records, huge, "0", "--huge", "400000"])
        if code != 0:
            sys.exit(f"records failed: {err}")
        print(f"generated: {out.strip()}")
        out_file = os.path.join(tmp, "huge.json")
        code, secs, peak = measured([ka, "export-xapi", huge, "--out", out_file])
        with open(out_file) as f:
            got = len(json.load(f))
        size = os.path.getsize(out_file) / 1e6
        print(
            f"export-xapi, one record with 400,000 edits: exit {code}, {secs:.1f} s, "
            f"peak {peak:.1f} MB, {got} statements, {size:.2f} MB written"
        )
        if code != 0 or got > MAX_STATEMENTS_PER_RECORD or peak >= LIMIT_MB:
            print(
                f"FAIL: one record gives at most {MAX_STATEMENTS_PER_RECORD} statements, "
                f"under {LIMIT_MB} MB"
            )
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
