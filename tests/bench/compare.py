#!/usr/bin/env python3
"""Time the benchmark workloads under python3 and yieldscope.

    python3 tests/bench/compare.py target/release/yieldscope
    python3 tests/bench/compare.py --runs 5 BINARY prime_sieve deep_yield_from

Each workload runs --runs times under each interpreter; the best wall time
counts.  A yieldscope run that fails, times out or prints something other
than CPython is reported in the table and left out of the geometric mean.
"""

import argparse
import math
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ENV_OVERRIDES = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}


def workloads(names):
    every = sorted(p for p in BENCH.glob("*.py") if p.name != "compare.py")
    if not names:
        return every
    by_name = {p.stem: p for p in every}
    missing = [n for n in names if n.removesuffix(".py") not in by_name]
    if missing:
        raise SystemExit(f"unknown workload(s): {', '.join(missing)}; "
                         f"have {', '.join(by_name)}")
    return [by_name[n.removesuffix(".py")] for n in names]


def timed_run(command, program, timeout):
    """Run once; return (seconds, stdout) or raise RuntimeError with a reason."""
    env = dict(os.environ)
    env.update(ENV_OVERRIDES)
    start = time.perf_counter()
    try:
        proc = subprocess.run(command + [program.name], cwd=program.parent, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"timed out after {timeout}s")
    except OSError as exc:
        raise RuntimeError(f"could not start: {exc}")
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise RuntimeError(f"exit code {proc.returncode}: {last[0][:80]}")
    return elapsed, proc.stdout.decode("utf-8", "replace")


def best_of(command, program, runs, timeout, expected=None):
    """Best time over `runs` runs; every run's output must equal `expected`."""
    best = None
    output = expected
    for _ in range(runs):
        elapsed, out = timed_run(command, program, timeout)
        if output is None:
            output = out
        elif out != output:
            raise RuntimeError(f"output differs from python3: {out.strip()[:60]!r}")
        best = elapsed if best is None else min(best, elapsed)
    return best, output


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="path of the yieldscope executable")
    parser.add_argument("names", nargs="*", help="workloads to run (default: all)")
    parser.add_argument("--runs", type=int, default=3, help="runs per interpreter (default 3)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    args = parser.parse_args(argv)

    binary = str(Path(args.binary).resolve())
    rows = []
    ratios = []
    for program in workloads(args.names):
        # Show progress as we go: a full run can take minutes.
        print(f"  running {program.stem} ...", file=sys.stderr)
        try:
            py_time, py_out = best_of(["python3"], program, args.runs, args.timeout)
        except RuntimeError as exc:
            rows.append((program.stem, f"FAIL ({exc})", "-", "-"))
            continue
        try:
            ys_time, _ = best_of([binary, "run"], program, args.runs, args.timeout, py_out)
        except RuntimeError as exc:
            rows.append((program.stem, f"{py_time:.3f}", f"FAIL ({exc})", "-"))
            continue
        ratio = ys_time / py_time
        ratios.append(ratio)
        rows.append((program.stem, f"{py_time:.3f}", f"{ys_time:.3f}", f"{ratio:.2f}"))

    print_table(rows, ratios, args.runs)
    return 0 if len(ratios) == len(rows) else 1


def print_table(rows, ratios, runs):
    header = ("workload", "python3 s", "yieldscope s", "ratio")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(4)]
    line = "  ".join(f"{{:<{widths[0]}}}" if i == 0 else f"{{:>{widths[i]}}}" for i in range(4))
    print(f"best of {runs} run(s); ratio = yieldscope / python3")
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean ratio: {geomean:.2f} over {len(ratios)} of {len(rows)} workloads")
    else:
        print("geometric mean ratio: n/a (no workload succeeded)")


if __name__ == "__main__":
    sys.exit(main())
