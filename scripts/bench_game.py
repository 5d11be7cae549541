#!/usr/bin/env python3
"""Compares the game with a bare Bevy app built with the same features (examples/bare.rs), on this
machine, in one run: time to first frame and peak memory (medians of N runs each, as ratios), and
the game's CPU use while idle in the deal room. Needs Xvfb and Mesa's software Vulkan driver.

Usage: scripts/bench_game.py [RUNS]   (builds both first; prints a table)
       scripts/bench_game.py --against OLD_GAME [RUNS]
         compares this game (in English and in Chinese) with an earlier build of it, OLD_GAME,
         in one run: time to first frame and peak memory, medians, as ratios (builds this one).
"""

import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/key-account/target"))
GAME = os.path.join(TARGET, "debug", "key-account")
BARE = os.path.join(TARGET, "debug", "examples", "bare")
ARGS = sys.argv[1:]
AGAINST = None
if ARGS[:1] == ["--against"]:
    if len(ARGS) < 2:
        raise SystemExit("usage: scripts/bench_game.py --against OLD_GAME [RUNS]")
    AGAINST, ARGS = ARGS[1], ARGS[2:]
RUNS = int(ARGS[0]) if ARGS else 5
DISPLAY = ":97"


def start_x():
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return xvfb


def run_once(cmd):
    """Wall seconds and peak resident memory (MiB) of one process, from spawn to exit."""
    env = dict(os.environ, DISPLAY=DISPLAY, RUST_LOG="error")
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd[0]} failed with status {status}")
    return wall, usage.ru_maxrss / 1024.0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_cpu(cmd, settle=12.0, window=10.0):
    """Share of one core used over `window` seconds, after `settle` seconds to reach the idle screen."""
    env = dict(os.environ, DISPLAY=DISPLAY, RUST_LOG="error")
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        c0, t0 = cpu_seconds(p.pid), time.perf_counter()
        time.sleep(window)
        c1, t1 = cpu_seconds(p.pid), time.perf_counter()
        return (c1 - c0) / (t1 - t0) * 100.0
    finally:
        p.kill()
        p.wait()


def against(old):
    """This build, in English and in Chinese (the CJK font), against an earlier one."""
    subprocess.run(["cargo", "build", "--locked"], cwd=ROOT, check=True)
    cmds = {
        "earlier": [old, "--exit-after-frames", "2"],
        "now (en)": [GAME, "--lang", "en", "--exit-after-frames", "2"],
        "now (zh-CN)": [GAME, "--lang", "zh-CN", "--exit-after-frames", "2"],
    }
    xvfb = start_x()
    try:
        for cmd in cmds.values():
            run_once(cmd)  # warm the page cache and the shader cache
        runs = {name: [] for name in cmds}
        for _ in range(RUNS):  # alternate, so machine noise hits all alike
            for name, cmd in cmds.items():
                runs[name].append(run_once(cmd))
    finally:
        xvfb.kill()
    t = {n: statistics.median(w for w, _ in r) for n, r in runs.items()}
    m = {n: statistics.median(x for _, x in r) for n, r in runs.items()}
    print(f"runs: {RUNS} each, alternating; medians; ratio = now / earlier")
    print(f"{'':28}" + "".join(f"{n:>14}" for n in cmds) + f"{'ratio en':>10}{'ratio zh':>10}")
    for label, d in [("time to first frame (s)", t), ("peak memory (MiB)", m)]:
        row = "".join(f"{d[n]:14.2f}" for n in cmds)
        print(f"{label:28}{row}{d['now (en)'] / d['earlier']:10.2f}{d['now (zh-CN)'] / d['earlier']:10.2f}")


def main():
    if AGAINST:
        against(AGAINST)
        return
    subprocess.run(["cargo", "build", "--locked", "--example", "bare"], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--locked"], cwd=ROOT, check=True)
    xvfb = start_x()
    try:
        game_cmd = [GAME, "--exit-after-frames", "2"]
        bare_cmd = [BARE, "--exit-after-frames", "2"]
        run_once(game_cmd)  # warm the page cache and the shader cache
        run_once(bare_cmd)
        game, bare = [], []
        for _ in range(RUNS):  # alternate, so machine noise hits both alike
            game.append(run_once(game_cmd))
            bare.append(run_once(bare_cmd))
        g_t = statistics.median(w for w, _ in game)
        b_t = statistics.median(w for w, _ in bare)
        g_m = statistics.median(m for _, m in game)
        b_m = statistics.median(m for _, m in bare)
        shots = os.path.join(TARGET, "idle-shots")
        idle_game = idle_cpu([GAME, "--seed", "4", "--autoplay", "scripts/idle.plan", "--screenshots", shots])
        idle_bare = idle_cpu([BARE])
    finally:
        xvfb.kill()
    print(f"runs: {RUNS} each, alternating; medians")
    print(f"{'':28}{'game':>10}{'bare':>10}{'ratio':>8}")
    print(f"{'time to first frame (s)':28}{g_t:10.2f}{b_t:10.2f}{g_t / b_t:8.2f}")
    print(f"{'peak memory (MiB)':28}{g_m:10.1f}{b_m:10.1f}{g_m / b_m:8.2f}")
    print(f"{'idle CPU (% of one core)':28}{idle_game:10.2f}{idle_bare:10.2f}")


if __name__ == "__main__":
    main()
