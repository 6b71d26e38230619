#!/usr/bin/env python3
"""Reads readout's GraphML with NetworkX (an independent consumer) and checks it.

  graphml_check.py samples GRAPHML PERSONS.tsv PARTICIPANTS.tsv HOLDERS.tsv
      The GraphML of a graph must hold exactly the actors view that `readout query` finds in
      the same graph: a node per person who took part in a meeting or call or holds a post,
      labelled with its rdfs:label; an edge per pair who took part in a common meeting, whose
      weight and meeting IRIs are those meetings; a node's `meetings` counts its meetings.
  graphml_check.py expected GRAPHML EXPECTED.json
      Node labels by IRI must equal the JSON object's "labels" exactly (escaping round trip).
Exit status 0 when everything matches; the differences are printed otherwise.
"""
import csv
import itertools
import json
import sys
from collections import defaultdict

import networkx as nx


def rows(path, *columns):
    """The given ?columns of a `readout query --format tsv` file (absent or empty file: none)."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if header is None:
                return []
            idx = [header.index(c) for c in columns]
            return [tuple(r[i] for i in idx) for r in reader if r]
    except FileNotFoundError:
        return []


def fail(problems):
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


def check_samples(graphml, persons_tsv, participants_tsv, holders_tsv):
    g = nx.read_graphml(graphml)
    problems = []
    if g.is_directed():
        problems.append("the graph should be undirected")
    labels = dict(rows(persons_tsv, "?p", "?l"))
    meetings_of = defaultdict(set)  # meeting -> people
    for m, p in rows(participants_tsv, "?m", "?p"):
        meetings_of[m].add(p)
    holders = {p for p, _ in rows(holders_tsv, "?p", "?pos")}
    in_view = holders | set().union(*meetings_of.values()) if meetings_of else holders
    in_view &= set(labels) | {p for ps in meetings_of.values() for p in ps}

    by_iri = {data.get("iri"): node for node, data in g.nodes(data=True)}
    if set(by_iri) != in_view:
        problems.append(f"nodes: extra {sorted(set(by_iri) - in_view)}, missing {sorted(in_view - set(by_iri))}")
    for iri, node in by_iri.items():
        data = g.nodes[node]
        if iri in labels and data.get("label") != labels[iri]:
            problems.append(f"{iri}: label {data.get('label')!r}, the graph says {labels[iri]!r}")
        count = sum(1 for ps in meetings_of.values() if iri in ps)
        if data.get("meetings") != count:
            problems.append(f"{iri}: meetings {data.get('meetings')!r}, expected {count}")

    expected = defaultdict(set)  # frozenset pair -> meetings
    for m, ps in meetings_of.items():
        for a, b in itertools.combinations(sorted(ps), 2):
            expected[frozenset((a, b))].add(m)
    seen = {}
    for u, v, data in g.edges(data=True):
        pair = frozenset((g.nodes[u]["iri"], g.nodes[v]["iri"]))
        if pair in seen:
            problems.append(f"two edges for {sorted(pair)}")
        seen[pair] = data
    if set(seen) != set(expected):
        problems.append(f"edges: extra {[sorted(p) for p in set(seen) - set(expected)]}, "
                        f"missing {[sorted(p) for p in set(expected) - set(seen)]}")
    for pair, data in seen.items():
        want = expected.get(pair, set())
        if data.get("weight") != len(want):
            problems.append(f"{sorted(pair)}: weight {data.get('weight')!r}, expected {len(want)}")
        if set(data.get("meetings", "").split()) != want:
            problems.append(f"{sorted(pair)}: meetings {data.get('meetings')!r}, expected {sorted(want)}")
        if len(data.get("label", "").split("; ")) != len(want):
            problems.append(f"{sorted(pair)}: label {data.get('label')!r} should have {len(want)} part(s)")
    if not problems:
        print(f"graphml: {g.number_of_nodes()} nodes and {g.number_of_edges()} edges match the graph")
    return fail(problems)


def check_expected(graphml, expected_json):
    g = nx.read_graphml(graphml)
    with open(expected_json, encoding="utf-8") as f:
        expected = json.load(f)
    got = {data.get("iri"): data.get("label") for _, data in g.nodes(data=True)}
    problems = [f"{iri}: label {got.get(iri)!r}, expected {label!r}"
                for iri, label in expected["labels"].items() if got.get(iri) != label]
    if len(got) != len(expected["labels"]):
        problems.append(f"{len(got)} nodes, expected {len(expected['labels'])}")
    if g.number_of_edges() != expected["edges"]:
        problems.append(f"{g.number_of_edges()} edges, expected {expected['edges']}")
    return fail(problems)


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    sys.exit(check_samples(*args) if mode == "samples" else check_expected(*args))
