#!/usr/bin/env python3
"""Time and memory bounds of issue 10, measured on the release CLI, asserted, and printed as the
median of RUNS runs (default 5).

    scripts/hardening_bench.py [RUNS] [BINARY]

BINARY defaults to the release build in $CARGO_TARGET_DIR (built first with --no-default-features).
Peak memory is the process's own maximum resident set (wait4). Figures go in docs/performance.md.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def binary():
    if len(sys.argv) > 2:
        return sys.argv[2]
    target = os.environ.get(
        "CARGO_TARGET_DIR", os.path.expanduser("~/.cache/key-account/target")
    )
    subprocess.run(
        ["cargo", "build", "--release", "--no-default-features", "--locked", "--bin", "key-account"],
        cwd=ROOT,
        check=True,
    )
    return os.path.join(target, "release", "key-account")


def run(args, stdin=subprocess.DEVNULL):
    """(seconds, peak KiB, exit code, stdout bytes, stderr bytes) of one run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen(args, cwd=ROOT, stdin=stdin, stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        secs = time.monotonic() - start
        out.seek(0, 2)
        err.seek(0, 2)
        return secs, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.tell(), err.tell()


def median_of(args, **kw):
    results = [run(args, **kw) for _ in range(RUNS)]
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        results[0][2],
        results[0][3],
        results[0][4],
    )


def many_errors(n, path):
    src = open(os.path.join(ROOT, "tests/fixtures/minimal.ron")).read()
    extra = "".join(
        f'        (id: "x{i}", name: "X", title: "T", department: "nowhere", influence: 1, concerns: {{"price": 1}}),\n'
        for i in range(n)
    )
    with open(path, "w") as f:
        f.write(src.replace("    ],\n    stages:", extra + "    ],\n    stages:", 1))


def main():
    ka = binary()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        # Row 3: `play /dev/zero` is refused within 1 s, in little memory.
        secs, kib, code, _, _ = median_of([ka, "play", "/dev/zero", "--no-record"])
        print(f"play /dev/zero: exit {code}, {secs:.3f} s, peak {kib / 1024:.1f} MiB")
        if code != 1 or secs > 1.0 or kib > 64 * 1024:
            failures.append("play /dev/zero must be refused within 1 s and 64 MiB")
        for what, args, stdin in [
            ("play --script /dev/zero", [ka, "play", "scenarios/tutorial.ron", "--no-record", "--script", "/dev/zero"], None),
            ("play < /dev/zero", [ka, "play", "scenarios/tutorial.ron", "--no-record"], "/dev/zero"),
        ]:
            with open(stdin or os.devnull, "rb") as f:
                secs, kib, code, _, _ = median_of(args, stdin=f)
            print(f"{what}: exit {code}, {secs:.3f} s, peak {kib / 1024:.1f} MiB")
            if code != 2 or secs > 1.0 or kib > 64 * 1024:
                failures.append(f"{what} must be refused within 1 s and 64 MiB")

        # Row 14: a 50 MB one-line garbage file.
        # Written by a child process: a parent that once held 50 MB would pass its peak memory on
        # to every process it starts after (the high-water mark survives fork).
        garbage = os.path.join(tmp, "garbage.ron")
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import random, sys; r = random.Random(1); "
                "open(sys.argv[1], 'w').write(''.join(r.choice('abcdefghij(),: \"') for _ in range(50_000_000)))",
                garbage,
            ],
            check=True,
        )
        secs, kib, code, out, err = median_of([ka, "check", garbage])
        print(
            f"check on 50 MB of one-line garbage: exit {code}, {secs:.2f} s, peak {kib / 1024:.0f} MiB, "
            f"{err} bytes of diagnostics"
        )
        if code != 1 or err > 10_000 or secs > 5.0:
            failures.append("50 MB garbage: diagnostics must be short and fast")

        # Row 11: 1k / 5k / 20k errors in one file, human output.
        times = {}
        for n in [1000, 5000, 20000]:
            path = os.path.join(tmp, f"errors{n}.ron")
            many_errors(n, path)
            secs, kib, code, _, err = median_of([ka, "check", path])
            times[n] = secs
            print(f"check, {n} errors (human): {secs:.3f} s, peak {kib / 1024:.0f} MiB, {err >> 10} KiB printed")
        ratio = times[20000] / times[1000]
        print(f"20k / 1k errors: {ratio:.1f}x (linear: 20x)")
        if ratio > 40:
            failures.append(f"diagnostics rendering is not linear: 20k/1k = {ratio:.1f}x")
    if failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)
    print("all bounds hold")


if __name__ == "__main__":
    main()
