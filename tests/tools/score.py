# Vendored from the project's shared evaluation kit (shared/eval/score.py), unchanged below this
# header, so that the parity test of 'readout eval' runs on a fresh clone. Standard library only.
#!/usr/bin/env python3
"""Score an extracted knowledge graph (N-Triples) against gold annotations.

usage: score.py GRAPH.nt GOLD.json [GOLD.json ...] [--json] [--details]

The graph must use the readout vocabulary (prefix ro: <https://w3id.org/readout/ontology#>):
  ro:Person, ro:Meeting, ro:Position, ro:Issue; rdfs:label and ro:alias on every entity;
  Person ro:holds Position; Position ro:role Role, ro:organization Org;
  Meeting ro:participant Person, ro:location Place, ro:date literal; Issue ro:discussedAt Meeting.
Gold files follow GUIDELINES.md beside this script; several are merged by name.
Needs nothing but the Python standard library.
"""
import json, re, sys, unicodedata
from collections import defaultdict

RO = "https://w3id.org/readout/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

# ---------------------------------------------------------------- N-Triples
TERM = re.compile(r'\s*(<[^>]*>|_:[^\s]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)')
ESC = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')

def unescape(s):
    def rep(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}.get(e, e)
    return ESC.sub(rep, s)

def term_value(t):
    if t.startswith("<"):
        return unescape(t[1:-1])
    if t.startswith("_:"):
        return t
    body = t[1:t.rindex('"')]
    return unescape(body)

def parse_ntriples(path):
    triples = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            terms, pos = [], 0
            for _ in range(3):
                m = TERM.match(line, pos)
                if not m:
                    sys.exit(f"score.py: {path}:{n}: cannot parse N-Triples line: {line[:120]}")
                terms.append(m.group(1)); pos = m.end()
            rest = line[pos:].strip()
            if not rest.startswith("."):  # N-Quads: a graph term before the dot
                m = TERM.match(line, pos)
                if not m or not line[m.end():].strip().startswith("."):
                    sys.exit(f"score.py: {path}:{n}: expected '.' at end of statement")
            triples.append(tuple(term_value(t) for t in terms))
    return triples

# ---------------------------------------------------------------- matching
def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\bco-op", "coop", s)
    s = re.sub(r"[^\w\s-]", " ", s).replace("-", " ")
    s = re.sub(r"\bunder secretary\b", "undersecretary", s)
    s = re.sub(r"\b(the|of|for|and|a|an)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def contains_phrase(a, b):
    """True if normalized phrase b occurs in a at word boundaries, or the reverse."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    return a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} "

def prf(tp_p, n_out, tp_r, n_gold):
    p = tp_p / n_out if n_out else (1.0 if n_gold == 0 else 0.0)
    r = tp_r / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)

class Gold:
    def __init__(self, paths):
        self.persons, self.orgs, self.places, self.meetings = {}, {}, {}, []
        for path in paths:
            g = json.load(open(path, encoding="utf-8"))
            for p in g.get("persons", []):
                cur = self.persons.setdefault(p["name"], {"name": p["name"], "aliases": set(), "roles": [], "required": False})
                cur["aliases"].update(p.get("aliases", []))
                cur["roles"].extend(p.get("roles", []))
                cur["required"] = cur["required"] or p.get("required", True)
            for key, into in (("organizations", self.orgs), ("places", self.places)):
                for o in g.get(key, []):
                    cur = into.setdefault(o["name"], {"name": o["name"], "aliases": set(), "required": False})
                    cur["aliases"].update(o.get("aliases", []))
                    cur["required"] = cur["required"] or o.get("required", True)
            self.meetings.extend(g.get("meetings", []))
        self.person_keys = defaultdict(set)  # normalized surface form -> gold names
        for name, p in self.persons.items():
            for s in {name} | p["aliases"]:
                self.person_keys[norm(s)].add(name)

    def person_of(self, labels):
        """Gold person name for an output node's labels: its rdfs:label first, then aliases."""
        for s in labels:
            hits = self.person_keys.get(norm(s))
            if hits and len(hits) == 1:
                return next(iter(hits))
        return None

    def place_names(self, name):
        p = self.places.get(name)
        return ({name} | p["aliases"]) if p else {name}

def date_ok(out, gold):
    if gold is None:
        return out is None
    if out is None:
        return False
    return out[:len(gold)] == gold and len(out) >= len(gold) and (len(out) == len(gold) or len(gold) == 10)

def assign(cands, n_out, n_gold):
    """Pairs output meetings with gold meetings so that the summed fit is largest (Hungarian method)."""
    if not cands:
        return {}
    n = max(n_out, n_gold)
    BIG = 1000.0
    cost = [[BIG] * n for _ in range(n)]
    for sim, loc, date, i, j in cands:
        cost[i][j] = min(cost[i][j], BIG - (10 * sim + 2 * loc + 2 * date + 1))
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta; v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]; p[j0] = p[j1]; j0 = j1
            if j0 == 0:
                break
    return {p[j] - 1: j - 1 for j in range(1, n + 1) if p[j] and cost[p[j] - 1][j - 1] < BIG}

def score(graph_path, gold_paths, details=False):
    gold = Gold(gold_paths)
    triples = parse_ntriples(graph_path)
    types = defaultdict(set); out = defaultdict(lambda: defaultdict(list)); inn = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        if p == RDF_TYPE:
            types[o].add(s)
        out[s][p].append(o); inn[o][p].append(s)

    def labels(node):
        first = out[node].get(RDFS_LABEL, [])
        return first + out[node].get(RO + "alias", []) + out[node].get(SKOS_ALT, [])

    def label(node):
        ls = labels(node)
        return ls[0] if ls else node

    report, notes = {}, []
    # ---- persons
    persons = types[RO + "Person"]
    person_gold = {n: gold.person_of(labels(n)) for n in persons}
    matched = {g for g in person_gold.values() if g}
    required = {n for n, p in gold.persons.items() if p["required"]}
    ok_out = sum(1 for n in persons if person_gold[n])
    report["persons"] = prf(ok_out, len(persons), len(matched & required), len(required))
    if details:
        notes += [f"person not in gold: {label(n)}" for n in persons if not person_gold[n]]
        notes += [f"person missed: {g}" for g in sorted(required - matched)]

    # ---- roles (title, and title + organization)
    out_roles, ok_title, ok_both, found_title, found_both = 0, 0, 0, set(), set()
    req_roles = {(n, i) for n, p in gold.persons.items() if p["required"] for i, r in enumerate(p["roles"]) if r.get("required", True)}
    for node in persons:
        g = person_gold[node]
        if not g:
            continue
        for pos in out[node].get(RO + "holds", []):
            titles = [label(r) for r in out[pos].get(RO + "role", [])] or out[pos].get(RO + "title", [])
            orgs = [l for o in out[pos].get(RO + "organization", []) for l in labels(o)]
            if not titles:
                continue
            out_roles += 1
            hit_t = hit_b = False
            for i, r in enumerate(gold.persons[g]["roles"]):
                if any(contains_phrase(t, r["role"]) for t in titles):
                    hit_t = True; found_title.add((g, i))
                    org_names = [r.get("organization") or ""] + r.get("org_aliases", [])
                    if any(contains_phrase(o, on) for o in orgs for on in org_names if on):
                        hit_b = True; found_both.add((g, i))
            ok_title += hit_t; ok_both += hit_b
            if details and not hit_t:
                notes.append(f"role not in gold: {g}: {titles[0]} / {orgs[:1]}")
    report["roles"] = prf(ok_title, out_roles, len(found_title & req_roles), len(req_roles))
    report["roles+org"] = prf(ok_both, out_roles, len(found_both & req_roles), len(req_roles))
    if details:
        notes += [f"role missed: {n}: {gold.persons[n]['roles'][i]['role']}" for n, i in sorted(req_roles - found_title)]

    # ---- meetings
    def literal_date(node):
        ds = out[node].get(RO + "date", [])
        return min(ds, key=len) if ds else None
    outm = []
    for m in types[RO + "Meeting"]:
        parts = {person_gold.get(p) or ("?" + label(p)) for p in out[m].get(RO + "participant", [])}
        locs = [l for x in out[m].get(RO + "location", []) for l in labels(x)]
        issues = [label(i) for i in inn[m].get(RO + "discussedAt", [])]
        outm.append({"node": m, "parts": parts, "locs": locs, "date": literal_date(m), "issues": issues})
    cands = []
    for i, om in enumerate(outm):
        for j, gm in enumerate(gold.meetings):
            gp = set(gm["participants"]) | set(gm.get("optional_participants", []))
            inter = len(om["parts"] & gp)
            sim = inter / len(om["parts"] | set(gm["participants"])) if om["parts"] else 0
            loc_ok = (not om["locs"] or not gm.get("location") or
                      any(contains_phrase(l, n) for l in om["locs"] for n in gold.place_names(gm["location"])))
            d = om["date"]; gd = gm.get("date")
            date_compat = d is None or gd is None or d[:min(len(d), len(gd))] == gd[:min(len(d), len(gd))]
            if inter >= 1 and (sim >= 0.5 or inter >= 2) and loc_ok and date_compat:
                cands.append((sim, loc_ok and bool(om["locs"]), date_ok(d, gd), i, j))
    pair = assign(cands, len(outm), len(gold.meetings))
    used_o, gold_hit = set(pair), defaultdict(list)
    for _, _, _, i, j in cands:  # an unpaired output meeting that fits a paired gold meeting is a duplicate
        if i not in used_o and j in pair.values():
            gold_hit[j].append(i); used_o.add(i)
    req_m = {j for j, gm in enumerate(gold.meetings) if gm.get("required", True)}
    good_out = sum(1 for i, j in pair.items())
    dup = sum(len(v) for v in gold_hit.values())
    report["meetings"] = prf(good_out, len(outm), len(set(pair.values()) & req_m), len(req_m))
    report["meeting_duplicates"] = dup
    pt = pn = gt = gn = 0; loc_ok = loc_n = date_hit = date_n = 0
    it = itn = ig = ign = 0
    for i, j in pair.items():
        om, gm = outm[i], gold.meetings[j]
        if not gm.get("required", True):
            continue
        allowed = set(gm["participants"]) | set(gm.get("optional_participants", []))
        pt += len(om["parts"] & allowed); pn += len(om["parts"])
        gt += len(om["parts"] & set(gm["participants"])); gn += len(gm["participants"])
        if gm.get("location"):
            loc_n += 1
            loc_ok += any(contains_phrase(l, n) for l in om["locs"] for n in gold.place_names(gm["location"]))
        date_n += 1; date_hit += date_ok(om["date"], gm.get("date"))
        if details and not date_ok(om["date"], gm.get("date")):
            notes.append(f"date of {gm['id']}: got {om['date']}, gold {gm.get('date')}")
        gold_issues = gm.get("issues", [])
        def issue_match(lbl, gi):
            return any(contains_phrase(lbl, s) for s in [gi["label"]] + gi.get("aliases", []))
        for lbl in om["issues"]:
            itn += 1
            if any(issue_match(lbl, gi) for gi in gold_issues):
                it += 1
            elif details:
                notes.append(f"issue not in gold at {gm['id']}: {lbl}")
        for gi in gold_issues:
            if gi.get("required", True):
                ign += 1
                if any(issue_match(lbl, gi) for lbl in om["issues"]):
                    ig += 1
                elif details:
                    notes.append(f"issue missed at {gm['id']}: {gi['label']}")
    report["participants"] = prf(pt, pn, gt, gn)
    report["location_accuracy"] = round(loc_ok / loc_n, 3) if loc_n else 1.0
    report["date_accuracy"] = round(date_hit / date_n, 3) if date_n else 1.0
    report["issues"] = prf(it, itn, ig, ign)
    if details:
        notes += [f"meeting missed: {gold.meetings[j]['id']}" for j in sorted(req_m - set(pair.values()))]
        notes += [f"meeting not in gold: {sorted(outm[i]['parts'])} at {outm[i]['locs'][:1]} on {outm[i]['date']}"
                  for i in range(len(outm)) if i not in used_o]
        notes += [f"duplicate of {gold.meetings[j]['id']}: {len(v)} extra" for j, v in gold_hit.items()]
    f1s = [report[k][2] for k in ("persons", "roles+org", "meetings", "participants", "issues")]
    f1s += [report["location_accuracy"], report["date_accuracy"]]
    report["overall"] = round(sum(f1s) / len(f1s), 3)
    return report, notes

def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    report, notes = score(args[0], args[1:], details="--details" in argv)
    if "--json" in argv:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            if isinstance(v, tuple):
                print(f"{k:20s} P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f}")
            else:
                print(f"{k:20s} {v}")
        for n in notes:
            print("  -", n)

if __name__ == "__main__":
    main(sys.argv[1:])
