#!/usr/bin/env python3
"""Compares complete tracebacks, not just their last line.

For every corpus program that ends in an uncaught exception, runs it under
python3 and under `yieldscope run` and compares all of stderr: the frames,
the source lines, CPython 3.11's `^~~` markers, chained exceptions. Syntax
errors are left out: where their caret sits is best effort.

Usage: tracebacks.py YIELDSCOPE_BINARY [FOLDER ...]   (default: errors)
Prints `tracebacks: N passed, M failed` and exits 1 on any difference.
"""

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
ENVIRONMENT = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")


def stderr_of(command, program):
    result = subprocess.run(
        command + [program.name],
        cwd=program.parent,
        env=ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stderr


def failing_programs(folders):
    for folder in folders:
        for program in sorted((CORPUS / folder).glob("*.py")):
            expected = json.loads(program.with_suffix(".expected.json").read_text())
            if expected["exit_code"] != 0:
                yield program


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = str(Path(sys.argv[1]).resolve())
    folders = sys.argv[2:] or ["errors"]
    passed = failed = 0
    for program in failing_programs(folders):
        theirs = stderr_of([sys.executable], program)
        ours = stderr_of([binary, "run"], program)
        if ours == theirs:
            passed += 1
            continue
        failed += 1
        print(f"DIFF {program.relative_to(CORPUS)}")
        for line in difflib.unified_diff(theirs.splitlines(), ours.splitlines(), "python3", "yieldscope", lineterm=""):
            print("    " + line)
    print(f"tracebacks: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
