#!/usr/bin/python3
"""Writes articles as JSON Lines on stdout, the input of `readout extract`.

Arguments are .txt files (one article each: id = file stem, title = first non-empty line) and
.jsonl files (copied line by line). Used by the end-to-end tests to make one corpus out of
samples/ and tests/data/scale/.
"""
import json
import pathlib
import sys


def main(paths):
    for name in paths:
        path = pathlib.Path(name)
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    print(line)
            continue
        text = path.read_text(encoding="utf-8")
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        print(json.dumps({"id": path.stem, "title": title, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
