#!/usr/bin/python3
"""Runs the SPARQL equivalents written in docs-src/query.md against a real SPARQL engine and
compares their answer sets with `readout query` on the same questions.

The queries are taken from the document itself, so the document and this check cannot drift.
A checked query is a ```sparql fence preceded by an HTML comment (invisible when rendered):

    <!-- check
    columns: person=iri name=label meetings=meetings
    ask: who attended Jakarta | X=city/jakarta-id
    ask: meetings | drop=of,in,on
    -->

* `columns:` maps each SPARQL variable to a column of `readout query --format json`
  (`label`, `iri`, or a named column); `var=column:set` compares the value as a set of
  white-space separated words (for GROUP_CONCAT, whose order SPARQL leaves open).
  `columns: ask` marks an ASK query: its boolean must say whether readout found an answer.
  `columns: path var=column@k ...` reads readout's rows in order as one chain (`@k`: row k,
  "" past the last row); it must be one of the SPARQL solutions with the fewest bound values
  (for `how is A connected to B`, where SPARQL lists every chain and readout gives one shortest).
* each `ask:` line is a question for readout; `X=iri` replaces the placeholder `<X>` in the
  query (a relative IRI is resolved against the base); `drop=k1,k2` deletes the query lines that
  end in a comment `# k1 ...` (optional clauses of a form that the question leaves out).

The prefixes are the ```sparql fence after the comment `<!-- check prefixes -->`.
Rows are compared as sets of tuples of strings (an IRI as its text, a literal as its lexical form,
an unbound variable as ""). Both sides must hold the same set exactly.

Engines: `--roqet DATA.ttl` runs Rasqal's roqet over a Turtle file; `--endpoint URL` posts the
query to a SPARQL protocol endpoint (Virtuoso's /sparql). Standard library only.
"""

import argparse
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

SR = "{http://www.w3.org/2005/sparql-results#}"


class Check:
    def __init__(self, line, mode, columns, query):
        self.line = line          # line number of the fence in the document
        self.mode = mode          # "rows", "ask" or "path"
        self.columns = columns    # [(var, column, as_set, step)]
        self.query = query
        self.asks = []            # [(question, {placeholder: iri}, {drop keys})]


def parse_doc(path):
    """Returns (prefix text, [Check])."""
    lines = open(path, encoding="utf-8").read().split("\n")
    prefixes = None
    checks = []
    i = 0
    pending = None  # the comment body just read
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("<!-- check"):
            body = []
            rest = line.strip()[len("<!-- check"):]
            while "-->" not in rest:
                body.append(rest)
                i += 1
                rest = lines[i]
            body.append(rest.split("-->")[0])
            pending = [b.strip() for b in body if b.strip()]
            i += 1
            continue
        if line.strip() == "```sparql" and pending is not None:
            start = i + 1
            j = start
            while lines[j].strip() != "```":
                j += 1
            query = "\n".join(lines[start:j])
            if pending == ["prefixes"]:
                prefixes = query
            else:
                checks.append(make_check(pending, start, query, path))
            pending = None
            i = j + 1
            continue
        if line.strip() and pending is not None and not line.strip().startswith("<!--"):
            sys.exit(f"{path}:{i + 1}: a check comment must be followed by a ```sparql fence")
        i += 1
    if prefixes is None:
        sys.exit(f"{path}: no <!-- check prefixes --> block")
    return prefixes, checks


def make_check(body, line, query, path):
    columns, mode = [], "rows"
    asks = []
    for entry in body:
        key, _, value = entry.partition(":")
        value = value.strip()
        if key == "columns":
            mode = "rows"
            words = value.split()
            if words and words[0] in ("ask", "path"):
                mode = words.pop(0)
            columns = []
            for pair in words:
                var, _, col = pair.partition("=")
                col, _, how = col.partition(":")
                col, _, step = col.partition("@")
                columns.append((var.lstrip("?"), col, how == "set", int(step) if step else 0))
        elif key == "ask":
            parts = [p.strip() for p in value.split("|")]
            binds, drops = {}, set()
            for p in parts[1:]:
                name, _, v = p.partition("=")
                if name == "drop":
                    drops = set(v.split(","))
                else:
                    binds[name] = v
            asks.append((parts[0], binds, drops))
        else:
            sys.exit(f"{path}:{line}: unknown check entry '{entry}'")
    if not asks:
        sys.exit(f"{path}:{line}: a check needs at least one 'ask:' line")
    c = Check(line, mode, columns, query)
    c.asks = asks
    return c


def instantiate(query, binds, drops, base):
    out = []
    for line in query.split("\n"):
        m = re.search(r"\s#\s*(\w+)", line)
        if m and m.group(1) in drops:
            continue
        out.append(line)
    text = "\n".join(out)
    for name, iri in binds.items():
        absolute = iri if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", iri) else base + iri
        text = text.replace(f"<{name}>", f"<{absolute}>")
    left = re.findall(r"<([A-Z])>", text)
    if left:
        raise ValueError(f"placeholder <{left[0]}> has no value")
    return text


def parse_results(xml_text):
    """SPARQL XML results -> (variables, rows as dicts) or a boolean."""
    root = ET.fromstring(xml_text)
    boolean = root.find(SR + "boolean")
    if boolean is not None:
        return boolean.text.strip() == "true"
    rows = []
    for result in root.iter(SR + "result"):
        row = {}
        for b in result.findall(SR + "binding"):
            node = list(b)[0]
            tag = node.tag[len(SR):]
            if tag == "uri":
                row[b.get("name")] = node.text or ""
            elif tag == "bnode":
                row[b.get("name")] = "_:" + (node.text or "")
            elif tag == "literal":
                row[b.get("name")] = node.text or ""
        rows.append(row)
    return rows


def run_roqet(data, query):
    # Exit 2 means warnings only; roqet 0.9.33 warns about its own aggregate variables
    # ("Variable $$agg$$0 was used but is not bound"), so warnings are silenced (-W 0).
    p = subprocess.run(["roqet", "-i", "sparql11-query", "-q", "-W", "0", "-r", "xml", "-D", data, "-e", query],
                       capture_output=True, text=True)
    if p.returncode not in (0, 2) or p.stderr.strip():
        raise RuntimeError(f"roqet failed ({p.returncode}): {p.stderr.strip()}")
    return parse_results(p.stdout)


def run_endpoint(url, query):
    body = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+xml"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return parse_results(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise RuntimeError(f"{e}: {e.read().decode('utf-8', 'replace').strip()[:1000]}") from None


def run_readout(readout, graph, question):
    p = subprocess.run([readout, "query", graph, question, "--format", "json"], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"readout query exited {p.returncode}: {p.stderr.strip()}")
    return json.loads(p.stdout) if p.stdout.strip() else []


def norm(value, as_set):
    value = "" if value is None else str(value)
    return " ".join(sorted(set(value.split()))) if as_set else value


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--doc", required=True)
    ap.add_argument("--graph", required=True, help="the graph readout queries")
    ap.add_argument("--readout", required=True)
    ap.add_argument("--base", default="https://w3id.org/readout/id/")
    engine = ap.add_mutually_exclusive_group(required=True)
    engine.add_argument("--roqet", metavar="DATA", help="Turtle file for roqet")
    engine.add_argument("--endpoint", metavar="URL", help="SPARQL protocol endpoint")
    ap.add_argument("--only", help="run only the questions containing this text")
    args = ap.parse_args()

    prefixes, checks = parse_doc(args.doc)
    run = (lambda q: run_roqet(args.roqet, q)) if args.roqet else (lambda q: run_endpoint(args.endpoint, q))
    passed = failed = 0
    for check in checks:
        for question, binds, drops in check.asks:
            if args.only and args.only not in question:
                continue
            query = prefixes + "\n" + instantiate(check.query, binds, drops, args.base)
            try:
                sparql = run(query)
                answers = run_readout(args.readout, args.graph, question)
            except Exception as e:  # noqa: BLE001 - report and go on with the other checks
                failed += 1
                print(f"FAIL {question} (query at {args.doc}:{check.line}): {e}\n{query}")
                continue
            if check.mode == "ask":
                ours, theirs = bool(answers), sparql
                same = ours == theirs
                detail = f"ASK {theirs}, readout {'answers' if ours else 'has no answer'}"
            elif check.mode == "path":
                # readout's chain, one row per link, read into one tuple; it must be one of the
                # SPARQL solutions with the fewest links (unbound values).
                steps = max(step for _, _, _, step in check.columns)
                chain = tuple(norm(answers[step - 1].get(col) if step <= len(answers) else "", s)
                              for _, col, s, step in check.columns)
                solutions = [tuple(norm(row.get(var), s) for var, _, s, _ in check.columns) for row in sparql]
                fewest = min((sum(1 for v in t if v) for t in solutions), default=0)
                shortest = {t for t in solutions if sum(1 for v in t if v) == fewest}
                ours, theirs = {chain}, shortest
                same = 0 < len(answers) <= steps and chain in shortest
                detail = f"a chain of {len(answers)} link(s), one of {len(shortest)} shortest"
            else:
                ours = {tuple(norm(row.get(col), s) for _, col, s, _ in check.columns) for row in answers}
                theirs = {tuple(norm(row.get(var), s) for var, _, s, _ in check.columns) for row in sparql}
                same = ours == theirs
                detail = f"{len(theirs)} row(s)"
            if same:
                passed += 1
                print(f"ok   {question}: {detail}")
                continue
            failed += 1
            print(f"FAIL {question} (query at {args.doc}:{check.line}): {detail}")
            if check.mode != "ask":
                for row in sorted(ours - theirs):
                    print(f"  only readout: {row}")
                for row in sorted(theirs - ours):
                    print(f"  only SPARQL:  {row}")
            print(query)
    print(f"{passed} passed, {failed} failed")
    if passed + failed == 0:
        print("FAIL: no checks ran")
        return 1
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
