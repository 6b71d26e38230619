#!/usr/bin/env bash
# GraphML through an independent consumer: NetworkX (Debian python3-networkx, run with
# /usr/bin/python3) reads `readout build samples -o x.graphml` and `readout export`, and the
# nodes, edges and attributes must be exactly the actors view `readout query` finds in the
# same graph. Then every tests/data/io/graphml/NAME.ttl is exported and its node labels must
# come back as NAME.expected.json says (markup escaped, forbidden characters dropped).
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR. Exit 77 = skipped.
set -uo pipefail
: "${READOUT:?READOUT is not set}" "${READOUT_SOURCE_DIR:?READOUT_SOURCE_DIR is not set}"
py=/usr/bin/python3
if ! "$py" -c 'import networkx' 2>/dev/null; then
    echo "SKIP: $py cannot import networkx (Debian package python3-networkx; scripts/setup.sh installs it)"
    exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/samples.ttl" 2>"$tmp/build.log" || { cat "$tmp/build.log"; echo "FAIL: build"; exit 1; }
"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/samples.graphml" 2>"$tmp/build.log" || { cat "$tmp/build.log"; echo "FAIL: build -o .graphml"; exit 1; }
"$READOUT" export "$tmp/samples.ttl" -o "$tmp/exported.graphml" || { echo "FAIL: export -o .graphml"; exit 1; }
cmp -s "$tmp/samples.graphml" "$tmp/exported.graphml" || { echo "FAIL: build and export wrote different GraphML"; exit 1; }

# What the graph says, through the query engine (exit 1 = no match, an empty answer).
ask() {
    "$READOUT" query "$tmp/samples.ttl" "$1" --format tsv >"$tmp/$2" 2>"$tmp/$2.err"
    local rc=$?
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then cat "$tmp/$2.err"; echo "FAIL: query $1"; exit 1; fi
}
ask 'select ?p ?l where { ?p rdf:type ro:Person . ?p rdfs:label ?l }' persons.tsv
ask 'select ?m ?p where { ?m rdf:type ro:Meeting . ?m ro:participant ?p . ?p rdf:type ro:Person }' meetings.tsv
ask 'select ?m ?p where { ?m rdf:type ro:Call . ?m ro:participant ?p . ?p rdf:type ro:Person }' calls.tsv
ask 'select ?p ?pos where { ?p rdf:type ro:Person . ?p ro:holds ?pos }' holders.tsv
tail -n +2 "$tmp/calls.tsv" >>"$tmp/meetings.tsv"
"$py" "$here/graphml_check.py" samples "$tmp/samples.graphml" "$tmp/persons.tsv" "$tmp/meetings.tsv" "$tmp/holders.tsv" || exit 1

status=0
for ttl in "$READOUT_SOURCE_DIR"/tests/data/io/graphml/*.ttl; do
    name=$(basename "$ttl" .ttl)
    "$READOUT" export "$ttl" -o "$tmp/$name.graphml" || { echo "FAIL: export $ttl"; status=1; continue; }
    if "$py" "$here/graphml_check.py" expected "$tmp/$name.graphml" "${ttl%.ttl}.expected.json"; then
        echo "graphml: $name ok"
    else
        echo "FAIL: $name"
        status=1
    fi
done
exit $status
