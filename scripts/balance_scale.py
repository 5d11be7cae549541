#!/usr/bin/env python3
"""`balance` on generated deals of growing size: two builds of the CLI in one run, with the ratio.

    scripts/balance_scale.py OLD NEW [RUNS] [PEOPLE ...]

OLD and NEW are `key-account` binaries (say, a release build of the commit before a change and
one of after). Each plays `balance FILE --runs RUNS --jobs 1` (default RUNS 10) on the scenario
`examples/scale.rs` generates for each PEOPLE (default 50 and 100; 5 facts and half a tactic per
person), alternating OLD and NEW. One job, so wall time is CPU time even on a busy machine.
Prints seconds, peak memory (wait4), the ratio, and NEW's milliseconds per person and deal.

Then each plays `balance FILE --runs RUNS` on every core, in turn, as a trainer runs it: issue
10's goal is the 1,000-person case at `--runs 10` in at most 10 s of wall time.
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def scale_example():
    target = os.environ.get(
        "CARGO_TARGET_DIR", os.path.expanduser("~/.cache/key-account/target")
    )
    subprocess.run(
        ["cargo", "build", "--release", "--no-default-features", "--example", "scale"],
        cwd=ROOT,
        check=True,
    )
    return os.path.join(target, "release", "examples", "scale")


def timed(args):
    """(seconds, peak MiB) of one run; fails on a non-zero exit other than balance's FAIL (1)."""
    start = time.monotonic()
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(args)} exited with {code}")
    return seconds, usage.ru_maxrss / 1024


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new = sys.argv[1], sys.argv[2]
    runs = sys.argv[3] if len(sys.argv) > 3 else "10"
    sizes = [int(n) for n in sys.argv[4:]] or [50, 100]
    scale = scale_example()
    # Deals per `balance --runs R` (see `bot::balance::runs_for`): random, student and the five
    # skips R each, greedy and the oracle max(R / 4, 5) and max(R / 10, 5).
    r = int(runs)
    deals = 7 * r + max(r // 4, 5) + max(r // 10, 5)
    print(f"balance --runs {runs} --jobs 1 ({deals} deals), old vs new")
    print("people   old s   old MiB   new s   new MiB   old/new   new ms per person and deal")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = os.path.join(tmp, f"large-{n}.ron")
            subprocess.run([scale, "write", str(n), path], check=True)
            args = ["balance", path, "--runs", runs, "--jobs", "1"]
            o_s, o_m = timed([old] + args)
            n_s, n_m = timed([new] + args)
            print(
                f"{n:>6}  {o_s:>6.1f}  {o_m:>8.0f}  {n_s:>6.1f}  {n_m:>8.0f}  {o_s / n_s:>7.1f}x"
                f"  {1000 * n_s / (n * deals):>10.2f}"
            )
        print(f"balance --runs {runs} on every core ({os.cpu_count()}), old vs new, wall time")
        for n in sizes:
            path = os.path.join(tmp, f"large-{n}.ron")
            args = ["balance", path, "--runs", runs]
            o_s, _ = timed([old] + args)
            n_s, _ = timed([new] + args)
            goal = ""
            if n == 1000 and runs == "10":
                goal = "  (goal: at most 10 s: " + ("met)" if n_s <= 10 else "NOT met)")
            print(f"{n:>6}  {o_s:>6.1f} s  {n_s:>6.1f} s  {o_s / n_s:>5.1f}x{goal}")


if __name__ == "__main__":
    main()
