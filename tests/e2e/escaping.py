#!/usr/bin/python3
"""Property-style escaping checks for tests/e2e/escaping.sh (standard library only).

  escaping.py gen SEED COUNT DIR
      writes DIR/input.jsonld, a graph of COUNT people and meetings whose labels are random strings
      (quotes, backslashes, line breaks, control characters, <>{}|^, non-Latin scripts, emoji,
      combining marks) and resources whose IRIs hold random legal IRI characters, escaped here
      by Python's json module; and DIR/expected.json, the statements.
  escaping.py ntriples EXPECTED FILE.nt        compare rapper's N-Triples output (decoded here) with EXPECTED
  escaping.py quads EXPECTED FILE.json         compare literals.js's output (jsonld.js) with EXPECTED
  escaping.py dot EXPECTED FILE.json           compare `dot -Tjson` node labels with the names
  escaping.py field EXPECTED KEY               print the "question" (or "answer") of EXPECTED
  escaping.py table EXPECTED FILE FORMAT       check a query answer (json/csv/tsv) holds the answer exactly
"""
import csv
import io
import json
import random
import re
import sys

RO = "https://w3id.org/readout/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
BASE = "https://w3id.org/readout/id/"

# Characters that break naive writers, and text in other scripts.
NASTY = ['"', "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1b", "\x1f", "\x7f", "<", ">", "{", "}", "|",
         "^", "`", "'", "&", ";", "#", "%", "@", ":", "_:", "\\u0041", "\\n", "\"\"\"", "'''", " . ", "}}", "{{",
         "\u00a0", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ufffe", "\uffff", "\u200b", "\ufdd0", "\u0301", "\U0001F600",
         "\U0001D11E", "\U0010FFFD"]
SCRIPTS = ["Иван Петров", "王毅", "محمد بن سلمان", "שלום", "Ελληνικά", "한국어", "हिन्दी", "ไทย", "Łódź", "Ñandú",
           "İstanbul", "ß", "ǅ", "ﬁ"]
# Characters an IRI may hold. No "/": a "." or ".." path segment is removed by every Turtle parser
# (RFC 3986 resolution), so such IRIs cannot survive Turtle; readout never mints them.
IRI_SAFE = [c for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"] + \
    ["%20", "%3C", "%7B", "é", "王", "Ж", "\U0001F600"]


def random_text(rng):
    parts = []
    for _ in range(rng.randint(1, 8)):
        r = rng.random()
        if r < 0.45:
            parts.append(rng.choice(NASTY))
        elif r < 0.7:
            parts.append(rng.choice(SCRIPTS))
        elif r < 0.85:
            parts.append(chr(rng.randint(0x20, 0x7e)))
        else:
            cp = rng.randint(0xA0, 0x2FFFF)
            if 0xD800 <= cp <= 0xDFFF:
                cp = 0x4E00
            parts.append(chr(cp))
    text = "".join(parts)
    # Names that are blank after trimming are not names; readout may treat them as missing.
    return text if text.strip() else "x" + text


def gen(seed, count, outdir):
    rng = random.Random(seed)
    triples = []  # (s, p, o, kind, lang); kind "iri" or "literal"
    names = {}
    for i in range(count):
        person = BASE + "person/p%d" % i
        name = random_text(rng)
        names[person] = name
        triples.append((person, RDF_TYPE, RO + "Person", "iri", ""))
        triples.append((person, LABEL, name, "literal", ""))
        meeting = BASE + "meeting/m%d" % (i // 2)
        if i % 2 == 0:
            triples.append((meeting, RDF_TYPE, RO + "Meeting", "iri", ""))
            triples.append((meeting, LABEL, random_text(rng), "literal", rng.choice(["", "en", "zh-Hant", "ar"])))
        triples.append((meeting, RO + "participant", person, "iri", ""))
        local = "".join(rng.choice(IRI_SAFE) for _ in range(rng.randint(1, 12)))
        thing = BASE + "thing/" + ("x" + local if local.strip(".") == "" else local)
        triples.append((thing, LABEL, random_text(rng), "literal", ""))
    # Two people for the query check: a question holding one name (a question is data, whatever it
    # contains) must answer with the other, exactly, in every output format.
    asked = 'Ana "Bee" {Cé} \\ <O\'Neil> | ^ } UNION { ?s ?p ?o } # 王毅'
    answer = 'Zed, "the" Tab\tNew\nLine\\ Иван'
    for key, name in (("q1", asked), ("q2", answer)):
        triples.append((BASE + "person/" + key, RDF_TYPE, RO + "Person", "iri", ""))
        triples.append((BASE + "person/" + key, LABEL, name, "literal", ""))
        triples.append((BASE + "meeting/mq", RO + "participant", BASE + "person/" + key, "iri", ""))
        names[BASE + "person/" + key] = name
    triples.append((BASE + "meeting/mq", RDF_TYPE, RO + "Meeting", "iri", ""))
    question = 'who met "' + asked.replace("\\", "\\\\").replace('"', '\\"') + '"'
    # The input is expanded JSON-LD written by Python's json module (an escaper independent of
    # readout's), read by readout's JSON-LD reader: unlike N-Triples through Raptor, it can carry
    # every character, NUL and the noncharacters included.
    nodes = {}
    for subject, predicate, obj, kind, lang in triples:
        node = nodes.setdefault(subject, {"@id": subject})
        if predicate == RDF_TYPE:
            node.setdefault("@type", []).append(obj)
        elif kind == "iri":
            node.setdefault(predicate, []).append({"@id": obj})
        else:
            value = {"@value": obj}
            if lang:
                value["@language"] = lang
            node.setdefault(predicate, []).append(value)
    with open(outdir + "/input.jsonld", "w", encoding="utf-8") as f:
        json.dump(list(nodes.values()), f, ensure_ascii=False, indent=1)
    with open(outdir + "/expected.json", "w", encoding="utf-8") as f:
        json.dump({"triples": triples, "names": names, "question": question, "answer": answer}, f, ensure_ascii=True)


RAPTOR_UNSAFE = str.maketrans({"\x00": "\ufffd", "\ufffe": "\ufffd", "\uffff": "\ufffd"})


def load_expected(path, raptor=False):
    """The expected statements, language tags lower-cased (Raptor and jsonld.js lower-case them).
    With `raptor`: as readout writes them for Raptor's syntaxes, where NUL, U+FFFE and U+FFFF
    (which Raptor truncates at or rejects) become U+FFFD (see rdf/escape.hpp)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    fix = (lambda t: t.translate(RAPTOR_UNSAFE)) if raptor else (lambda t: t)
    return {(s, p, fix(o), kind, lang.lower()) for s, p, o, kind, lang in data["triples"]}, data["names"]


def compare(expected, got, what):
    missing, extra = expected - got, got - expected
    if missing or extra:
        for t in sorted(missing)[:5]:
            print("%s: missing %r" % (what, t))
        for t in sorted(extra)[:5]:
            print("%s: unexpected %r" % (what, t))
        print("%s: %d missing, %d unexpected of %d statements" % (what, len(missing), len(extra), len(expected)))
        return 1
    print("%s: all %d statements came back exactly" % (what, len(expected)))
    return 0


NT_LINE = re.compile(r'^<([^>]*)> <([^>]*)> (?:<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?) \.$')
NT_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def unescape(text, escapes, uchar=False):
    """Decodes backslash escapes: `escapes` maps the character after a backslash to what it stands
    for (any other character stands for itself); with `uchar`, \\uXXXX and \\UXXXXXXXX too."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            kind = text[i + 1]
            if uchar and kind in "uU":
                width = 4 if kind == "u" else 8
                out.append(chr(int(text[i + 2:i + 2 + width], 16)))
                i += 2 + width
                continue
            out.append(escapes.get(kind, kind))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def nt_unescape(text):
    return unescape(text, NT_ESCAPES, uchar=True)


def ntriples(expected_path, path):
    """Compares rapper's N-Triples output (decoded here, independently of readout) with EXPECTED."""
    expected, _ = load_expected(expected_path, raptor=True)
    got = set()
    with open(path, encoding="utf-8", newline="\n") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            m = NT_LINE.match(line)
            if not m:
                print("%s:%d: not an N-Triples statement: %r" % (path, number, line))
                return 1
            s, p, iri, lit, lang, _datatype = m.groups()
            if iri is not None:
                got.add((nt_unescape(s), nt_unescape(p), nt_unescape(iri), "iri", ""))
            else:
                got.add((nt_unescape(s), nt_unescape(p), nt_unescape(lit), "literal", (lang or "").lower()))
    return compare(expected, got, path)


def quads(expected_path, path):
    expected, _ = load_expected(expected_path)
    with open(path, encoding="utf-8") as f:
        got = {(q[0], q[1], q[2], q[3], q[4]) for q in json.load(f)}
    return compare(expected, got, path)


def dot_unescape(label):
    """A DOT label as Graphviz shows it: \\n \\l \\r are line breaks, \\\\ a backslash."""
    return unescape(label, {"n": "\n", "l": "\n", "r": "\n"})


def dot_expected(name):
    """What readout's DOT writer promises for a name (see io/dot.hpp): CR dropped, other control
    characters (but LF) become spaces, a newline becomes a line break."""
    out = []
    for ch in name:
        cp = ord(ch)
        if ch == "\r":
            continue
        if (cp < 0x20 and ch != "\n") or cp == 0x7F:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def dot(expected_path, path):
    _, names = load_expected(expected_path)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    got = [dot_unescape(o.get("label", "")) for o in data.get("objects", [])]
    want = [dot_expected(n) for n in names.values()]
    missing = [w for w in want if w not in got]
    for m in missing[:5]:
        print("dot: no node labelled %r; labels: %r" % (m, got[:3]))
    print("dot: %d of %d names shown exactly" % (len(want) - len(missing), len(want)))
    return 1 if missing else 0


def tsv_unescape(cell):
    return unescape(cell, {"t": "\t", "n": "\n", "r": "\r"})


def field(expected_path, key):
    with open(expected_path, encoding="utf-8") as f:
        sys.stdout.write(json.load(f)[key])
    return 0


def table(expected_path, path, fmt):
    with open(expected_path, encoding="utf-8") as f:
        name = json.load(f)["answer"]
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if fmt == "json":
        values = json.dumps(json.loads(text), ensure_ascii=False)
        found = json.dumps(name, ensure_ascii=False)[1:-1] in values
    elif fmt == "csv":
        found = any(name in cell for row in csv.reader(io.StringIO(text)) for cell in row)
    else:
        # TSV: tab, newline, carriage return and backslash in values are written \t \n \r \\
        found = any(name in tsv_unescape(cell) for line in text.split("\n") for cell in line.split("\t"))
    print("query %s: %s" % (fmt, "holds the name exactly" if found else "LACKS %r" % name))
    return 0 if found else 1


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "gen":
        gen(int(args[0]), int(args[1]), args[2])
        sys.exit(0)
    sys.exit({"ntriples": ntriples, "quads": quads, "dot": dot, "table": table, "field": field}[cmd](*args))
