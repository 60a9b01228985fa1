#!/usr/bin/env python3
"""Run the corpus under yieldscope and compare it with CPython.

    python3 tests/corpus/differential.py target/release/yieldscope
    python3 tests/corpus/differential.py --expected target/release/yieldscope
    python3 tests/corpus/differential.py BINARY generators send/send_basics.py

By default CPython runs live next to the binary; --expected compares against
the checked-in <name>.expected.json files instead (no python3 run needed, and
it is what the Rust test suite checks).  Ends with the line
`differential: N passed, M failed` and exits 1 when anything failed.
"""

import argparse
import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from regen import TIMEOUT, find_programs, load_expectation, relative, run_cpython, run_program

FIELDS = ("stdout", "stderr_last_line", "exit_code")
MAX_DIFF_LINES = 30


def observe_binary(binary, program):
    try:
        return run_program([binary, "run"], program)
    except subprocess.TimeoutExpired:
        return {"error": f"yieldscope timed out after {TIMEOUT}s"}
    except OSError as exc:
        return {"error": f"could not start {binary}: {exc}"}


def reference(program, use_expected):
    if use_expected:
        try:
            return load_expectation(program)
        except FileNotFoundError:
            return {"error": "no expectation file (run regen.py)"}
    try:
        return run_cpython(program)
    except subprocess.TimeoutExpired:
        return {"error": f"python3 timed out after {TIMEOUT}s"}


def check(binary, program, use_expected):
    """Return a list of report lines; empty means the program passed."""
    want = reference(program, use_expected)
    if "error" in want:
        return [want["error"]]
    got = observe_binary(binary, program)
    if "error" in got:
        return [got["error"]]
    report = []
    if got["stdout"] != want["stdout"]:
        report.append("stdout differs (--- expected, +++ yieldscope):")
        report.extend(stdout_diff(want["stdout"], got["stdout"]))
    if got["stderr_last_line"] != want["stderr_last_line"]:
        report.append(f"stderr last line: expected   {want['stderr_last_line']!r}")
        report.append(f"                  yieldscope {got['stderr_last_line']!r}")
    if got["exit_code"] != want["exit_code"]:
        report.append(f"exit code: expected {want['exit_code']}, yieldscope {got['exit_code']}")
    return report


def stdout_diff(want, got):
    lines = list(difflib.unified_diff(
        want.splitlines(), got.splitlines(), lineterm="", n=2))[2:]
    if not lines:
        # Same lines, so the difference is in line endings or a final newline.
        return [f"  expected   ends {want[-20:]!r}", f"  yieldscope ends {got[-20:]!r}"]
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... {len(lines) - MAX_DIFF_LINES} more diff lines"]
    return ["  " + line for line in lines]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="path of the yieldscope executable")
    parser.add_argument("paths", nargs="*", help="programs or topic folders (default: all)")
    parser.add_argument("--expected", action="store_true",
                        help="compare with the checked-in .expected.json files")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    # Programs run in their own folders, so a relative binary path would break.
    binary = str(Path(args.binary).resolve())
    programs = find_programs(args.paths)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        reports = pool.map(lambda p: check(binary, p, args.expected), programs)
        failed = 0
        for program, report in zip(programs, reports):
            if report:
                failed += 1
                print(f"FAIL {relative(program)}")
                for line in report:
                    print(f"    {line}")
    passed = len(programs) - failed
    print(f"differential: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
