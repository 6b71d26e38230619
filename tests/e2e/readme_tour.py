#!/usr/bin/python3
"""Runs the `$ readout ...` commands shown in README.md and compares their output with the text
under each command, so the tour of the samples cannot rot.

Only the README sections named with --section are read (by default the tour and the question
list). In a fenced block, a line `$ readout ARGS` is a command (split like a POSIX shell would);
the lines after it, up to the next `$ ` line or the end of the block, are its expected output:
standard output, then standard error. Commands run one after another in a scratch directory
where `samples` is the repository's samples/ directory, so `readout build samples -o g.ttl`
followed by `readout query g.ttl ...` works as written.

--update rewrites the expected output in README.md with what the commands print now (run it
after a deliberate change of extraction or output, then review the diff). Standard library only.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

DEFAULT_SECTIONS = ["### A short tour on the samples", "### Questions"]


def section_ranges(lines, names):
    """Line ranges [start, end) of the sections whose heading is one of `names`."""
    ranges = []
    for i, line in enumerate(lines):
        if line.strip() in names:
            level = len(line) - len(line.lstrip("#"))
            end = i + 1
            while end < len(lines):
                m = re.match(r"^(#+) ", lines[end])
                if m and len(m.group(1)) <= level:
                    break
                end += 1
            ranges.append((i, end))
    return ranges


def find_commands(lines, ranges):
    """[(command line index, first output line, end of output)] inside fenced blocks."""
    found = []
    for start, end in ranges:
        i = start
        while i < end:
            if lines[i].startswith("```"):
                j = i + 1
                while j < end and not lines[j].startswith("```"):
                    j += 1
                k = i + 1
                while k < j:
                    if lines[k].startswith("$ readout"):
                        out = k + 1
                        while out < j and not lines[out].startswith("$ "):
                            out += 1
                        found.append((k, k + 1, out))
                        k = out
                    else:
                        k += 1
                i = j + 1
            else:
                i += 1
    return found


def run(readout, command, cwd):
    args = shlex.split(command[2:])
    args[0] = readout
    p = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)
    text = p.stdout + p.stderr
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readme", required=True)
    ap.add_argument("--readout", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--section", action="append", help="a section heading to read (repeatable)")
    ap.add_argument("--update", action="store_true", help="rewrite the expected output in the README")
    args = ap.parse_args()

    with open(args.readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    ranges = section_ranges(lines, args.section or DEFAULT_SECTIONS)
    if not ranges:
        print(f"FAIL: none of the sections {args.section or DEFAULT_SECTIONS} is in {args.readme}")
        return 1
    commands = find_commands(lines, ranges)
    if not commands:
        print(f"FAIL: no '$ readout' commands in those sections of {args.readme}")
        return 1

    failed = 0
    replacements = []
    with tempfile.TemporaryDirectory() as cwd:
        os.symlink(os.path.abspath(args.samples), os.path.join(cwd, "samples"))
        for index, first, end in commands:
            command = lines[index]
            actual = run(os.path.abspath(args.readout), command, cwd)
            expected = lines[first:end]
            if actual == expected:
                print(f"ok   {command}")
                continue
            replacements.append((first, end, actual))
            if args.update:
                print(f"updated {command}")
                continue
            failed += 1
            print(f"FAIL {command} (README.md line {index + 1}) prints:")
            for line in actual:
                print(f"  | {line}")
            print("  README.md shows:")
            for line in expected:
                print(f"  | {line}")
    if args.update and replacements:
        for first, end, actual in sorted(replacements, reverse=True):
            lines[first:end] = actual
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    print(f"{len(commands) - failed} of {len(commands)} README commands print what README.md shows")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
