#!/usr/bin/env python3
"""Regenerate the CPython expectations of the corpus.

Every program tests/corpus/<topic>/<name>.py gets <name>.expected.json next to
it, holding what CPython printed, the last line of stderr (on failure only)
and the exit code.

    python3 tests/corpus/regen.py                   # every program
    python3 tests/corpus/regen.py generators errors/name_error.py
    python3 tests/corpus/regen.py --check           # report stale files, write nothing
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
TIMEOUT = 10

# The same environment for every run of either interpreter: a fixed hash seed
# makes the order of sets of strings reproducible, and utf-8 keeps non-ASCII
# output independent of the machine's locale.
ENV_OVERRIDES = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}


def run_env():
    env = dict(os.environ)
    env.update(ENV_OVERRIDES)
    return env


def find_programs(selectors=()):
    """Programs named by the selectors (files or topic folders), or all of them.

    Selectors may be given relative to the current directory or to the corpus.
    """
    every = sorted(p for p in CORPUS.glob("*/*.py"))
    if not selectors:
        return every
    chosen = []
    for selector in selectors:
        path = resolve_selector(selector)
        if path.is_dir():
            chosen.extend(p for p in every if path in p.parents)
        elif path.suffix == ".py":
            chosen.append(path)
        else:
            raise SystemExit(f"not a corpus program or folder: {selector}")
    # Keep corpus order and drop duplicates from overlapping selectors.
    seen = set()
    return [p for p in chosen if not (p in seen or seen.add(p))]


def resolve_selector(selector):
    for base in (Path.cwd(), CORPUS):
        path = (base / selector).resolve()
        if path.exists():
            return path
    raise SystemExit(f"no such corpus program or folder: {selector}")


def expected_path(program):
    return program.with_name(program.stem + ".expected.json")


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_program(command, program, timeout=TIMEOUT):
    """Run `command + [file name]` in the program's folder.

    Returns the observation as a dict shaped like an expectation file, or
    raises subprocess.TimeoutExpired / OSError.
    """
    proc = subprocess.run(
        command + [program.name],
        cwd=program.parent,
        env=run_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
    )
    stdout = proc.stdout.decode("utf-8", errors="replace")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    return {
        "stdout": stdout,
        "stderr_last_line": last_nonempty_line(stderr) if proc.returncode != 0 else "",
        "exit_code": proc.returncode,
    }


def run_cpython(program):
    return run_program(["python3"], program)


def dump_expectation(observed):
    return json.dumps(observed, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load_expectation(program):
    return json.loads(expected_path(program).read_text(encoding="utf-8"))


def find_orphans():
    return [relative(p) for p in sorted(CORPUS.glob("*/*.expected.json"))
            if not p.with_name(p.name[: -len(".expected.json")] + ".py").exists()]


def relative(program):
    return program.relative_to(CORPUS).as_posix()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="programs or topic folders (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="only report expectations that would change; exit 1 if any")
    args = parser.parse_args(argv)

    programs = find_programs(args.paths)
    created, changed, errors = [], [], []
    for program in programs:
        try:
            text = dump_expectation(run_cpython(program))
        except subprocess.TimeoutExpired:
            errors.append(f"{relative(program)}: timed out after {TIMEOUT}s")
            continue
        target = expected_path(program)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == text:
            continue
        (created if old is None else changed).append(relative(program))
        if not args.check:
            target.write_text(text, encoding="utf-8")

    orphans = [] if args.paths else find_orphans()
    for name in created:
        print(f"new      {name}")
    for name in changed:
        print(f"changed  {name}")
    for message in errors:
        print(f"error    {message}")
    for name in orphans:
        print(f"orphan   {name} (its program is gone; delete it)")
    mode = "regen --check" if args.check else "regen"
    print(f"{mode}: {len(programs)} programs, {len(created)} new, "
          f"{len(changed)} changed, {len(errors)} errors")
    stale = args.check and (created or changed)
    return 1 if errors or stale else 0


if __name__ == "__main__":
    sys.exit(main())
