#!/usr/bin/env bash
# Escaping, property-style: a graph of a few hundred people and meetings whose labels are random
# strings (seeded; quotes, backslashes, line breaks, control characters, NUL, <>{}|^, non-Latin
# scripts, emoji, noncharacters) and resources with random IRI characters goes through readout
# (JSON-LD in, every format out), and each output is read back by an independent reader with
# exact comparison: Turtle, N-Triples and N-Quads by rapper, JSON-LD by the reference processor
# (jsonld.js in tests/node), the actor diagram by Graphviz `dot`. A question holding syntax
# characters is answered as data, and its answer survives the json, csv and tsv formats.
#   ESCAPING_SEED (default 8), ESCAPING_COUNT (default 300)
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR.
set -uo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
here="$READOUT_SOURCE_DIR/tests/e2e"
py=/usr/bin/python3
[[ -x $py ]] || py=$(command -v python3) || { echo "skipped: no python3"; exit 77; }
command -v rapper >/dev/null || { echo "skipped: rapper (raptor2-utils) not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

seed=${ESCAPING_SEED:-8}
"$py" "$here/escaping.py" gen "$seed" "${ESCAPING_COUNT:-300}" "$tmp" || { echo "FAIL: generator"; exit 1; }
expected="$tmp/expected.json"
echo "seed $seed"

for ext in ttl nt nq jsonld dot; do
  if [[ $ext == dot ]]; then cmd=(dot "$tmp/input.jsonld"); else cmd=(export "$tmp/input.jsonld"); fi
  "$READOUT" "${cmd[@]}" -o "$tmp/out.$ext" 2>"$tmp/err.$ext" || fail "readout ${cmd[0]} -o out.$ext: exit $?: $(cat "$tmp/err.$ext")"
done

declare -A syntax=([ttl]=turtle [nt]=ntriples [nq]=nquads)
for ext in ttl nt nq; do
  if rapper -q -i "${syntax[$ext]}" -o ntriples "$tmp/out.$ext" >"$tmp/rapper.$ext.nt" 2>"$tmp/rapper.$ext.err"; then
    [[ -s $tmp/rapper.$ext.err ]] && fail "rapper complains about out.$ext: $(head -3 "$tmp/rapper.$ext.err")"
    "$py" "$here/escaping.py" ntriples "$expected" "$tmp/rapper.$ext.nt" || fail "out.$ext does not round-trip through rapper"
  else
    fail "rapper cannot read out.$ext: $(head -5 "$tmp/rapper.$ext.err")"
  fi
done

node_dir="$READOUT_SOURCE_DIR/tests/node"
if command -v node >/dev/null && [[ -d $node_dir/node_modules/jsonld ]] ||
   { command -v npm >/dev/null && (exec 9>"${TMPDIR:-/tmp}/readout-node-tools.lock"; flock 9;
       [[ -d $node_dir/node_modules/jsonld ]] || (cd "$node_dir" && npm ci --no-audit --no-fund >/dev/null 2>&1)); }; then
  if node "$node_dir/statements.js" "$tmp/out.jsonld" >"$tmp/jsonld.json" 2>"$tmp/jsonld.err"; then
    "$py" "$here/escaping.py" quads "$expected" "$tmp/jsonld.json" || fail "out.jsonld does not round-trip through jsonld.js"
  else
    fail "jsonld.js cannot read out.jsonld: $(cat "$tmp/jsonld.err")"
  fi
else
  echo "note: JSON-LD reference check skipped: node or the pinned jsonld package (npm ci in tests/node) unavailable"
fi

if command -v dot >/dev/null; then
  if dot -Tjson "$tmp/out.dot" >"$tmp/dot.json" 2>"$tmp/dot.err"; then
    [[ -s $tmp/dot.err ]] && fail "dot complains: $(head -3 "$tmp/dot.err")"
    "$py" "$here/escaping.py" dot "$expected" "$tmp/dot.json" || fail "out.dot labels are not the names"
  else
    fail "dot cannot read out.dot: $(head -5 "$tmp/dot.err")"
  fi
else
  echo "note: DOT check skipped: graphviz not installed"
fi

question=$("$py" "$here/escaping.py" field "$expected" question)
for fmt in json csv tsv; do
  "$READOUT" query "$tmp/out.ttl" "$question" --format "$fmt" >"$tmp/answer.$fmt" 2>"$tmp/answer.err"; rc=$?
  [[ $rc == 0 ]] || { fail "query --format $fmt: exit $rc: $(cat "$tmp/answer.err")"; continue; }
  "$py" "$here/escaping.py" table "$expected" "$tmp/answer.$fmt" "$fmt" || fail "query --format $fmt lost the answer"
done
# Syntax-looking questions are parse errors or names (which may even match a name of this graph),
# never a crash (exit 0, 1 or 2).
for q in '} UNION { ?s ?p ?o' 'who met "x\" } ?s ?p ?o {' "who met '; DROP GRAPH <x>" 'select * where { ?s ?p ?o' \
         'who met \' 'who met "' "who met $(printf 'a\001b\033[31m')"; do
  "$READOUT" query "$tmp/out.ttl" "$q" >"$tmp/q.out" 2>"$tmp/q.err"; rc=$?
  [[ $rc == 0 || $rc == 1 || $rc == 2 ]] || fail "question '$q': exit $rc: $(cat "$tmp/q.err")"
done

if ((failures)); then echo "escaping: $failures failure(s)" >&2; exit 1; fi
echo "escaping: ok"
