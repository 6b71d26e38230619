#!/usr/bin/env python3
"""Prints the N-Triples lines of a file (as rapper -o ntriples writes them, one statement a line)
with every blank node label replaced by a label made from the statements around it (colour
refinement), sorted: two files print the same exactly when their graphs are the same up to blank
node labels (for graphs whose blank nodes refinement tells apart, as the test graphs' are).
Used by io_rapper_check.sh to compare Turtle and N-Triples exports that hold blank nodes.

    canonical_nt.py FILE
"""
import hashlib
import re
import sys

STATEMENT = re.compile(r'^(<[^>]*>|_:\S+) (<[^>]*>) (.*) \.$')


def main(path):
    triples = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                continue
            m = STATEMENT.match(line)
            if not m:
                sys.exit(f'{path}: not an N-Triples statement: {line!r}')
            triples.append(m.groups())
    blank = lambda t: t.startswith('_:')
    sig = {t: '' for s, _, o in triples for t in (s, o) if blank(t)}
    for _ in range(8):
        parts = {b: [] for b in sig}
        for s, p, o in triples:
            for b in (s, o):
                if not blank(b):
                    continue
                show = lambda t: '@self' if t == b else ('_:{' + sig[t] + '}' if blank(t) else t)
                parts[b].append(f'{show(s)} {p} {show(o)}')
        sig = {b: hashlib.sha1('\n'.join(sorted(v)).encode()).hexdigest()[:16] for b, v in parts.items()}
    name = lambda t: '_:c' + sig[t] if blank(t) else t
    for line in sorted(f'{name(s)} {p} {name(o)} .' for s, p, o in triples):
        print(line)


if __name__ == '__main__':
    main(sys.argv[1])
