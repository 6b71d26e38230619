#!/usr/bin/env bash
# Checks readout's exports with independent tools: rapper (Raptor's command line parser) must
# read every Turtle, N-Triples and N-Quads file with no error or warning; the three must hold
# the same triples (blank nodes compared by structure); the ontology must parse cleanly; Graphviz
# must lay out the actor diagram.
#
# The files come from `test_io "[.export]"` (hand-built stores, see tests/io/support.hpp), or
# from $IO_EXPORT_DIR when set (NAME.ttl, NAME.nt, NAME.nq, optional NAME.dot).
# Env (set by ctest): READOUT_SOURCE_DIR, READOUT_BUILD_DIR. Exit 77 = skipped.
set -uo pipefail

if ! command -v rapper >/dev/null 2>&1; then
    echo "SKIP: rapper is not installed (Debian package raptor2-utils)"
    exit 77
fi
: "${READOUT_SOURCE_DIR:?READOUT_SOURCE_DIR is not set}"
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3) || { echo "SKIP: no python3"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=lib/exports.sh
source "$READOUT_SOURCE_DIR/tests/e2e/lib/exports.sh"
exports_dir "$tmp"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# rapper -c: no error, no warning, and the number of statements it found.
rapper_count() {  # syntax file -> prints the count, returns 1 on any error or warning
    local out
    out=$(rapper -i "$1" -c "$2" 2>&1)
    local rc=$?
    if [ $rc -ne 0 ] || grep -qE "Error|Warning" <<<"$out"; then
        echo "$out" >&2
        return 1
    fi
    sed -nE 's/.*Parsing returned ([0-9]+) (triple|triples|quad|quads).*/\1/p' <<<"$out" | tail -1
}

# Sorted distinct N-Triples as rapper reads them, language tags lower-cased (rapper's N-Triples
# parser lower-cases them, its Turtle parser does not).
rapper_lines() {  # syntax file
    rapper -q -i "$1" -o ntriples "$2" | sed -E 's/"@([A-Za-z0-9-]+) \.$/"@\L\1 ./' | LC_ALL=C sort -u
}

if count=$(rapper_count turtle "$READOUT_SOURCE_DIR/ontology/readout.ttl"); then
    pass "ontology/readout.ttl parses cleanly ($count triples)"
else
    fail "rapper -i turtle -c ontology/readout.ttl"
fi

shopt -s nullglob
names=()
for nt in "$dir"/*.nt; do names+=("$(basename "$nt" .nt)"); done
if [ ${#names[@]} -eq 0 ]; then
    echo "FAIL: no .nt files in $dir"
    exit 1
fi

for name in "${names[@]}"; do
    base="$dir/$name"
    ttl_count=$(rapper_count turtle "$base.ttl") && pass "rapper -i turtle -c $name.ttl ($ttl_count)" || fail "rapper -i turtle -c $name.ttl"
    nt_count=$(rapper_count ntriples "$base.nt") && pass "rapper -i ntriples -c $name.nt ($nt_count)" || fail "rapper -i ntriples -c $name.nt"
    nq_count=$(rapper_count nquads "$base.nq") && pass "rapper -i nquads -c $name.nq ($nq_count)" || fail "rapper -i nquads -c $name.nq"
    rapper_count nquads "$base.nt" >/dev/null && pass "rapper -i nquads -c $name.nt" || fail "rapper -i nquads -c $name.nt"
    if [ "${ttl_count:-x}" = "${nt_count:-y}" ]; then
        pass "$name.ttl and $name.nt hold the same number of triples"
    else
        fail "$name.ttl has ${ttl_count:-?} triples, $name.nt ${nt_count:-?}"
    fi
    # Same triples. Blank node labels differ between syntaxes: where there are blank nodes, each
    # label is replaced by one made from the statements around it (canonical_nt.py) first.
    rapper_lines ntriples "$base.nt" >"$tmp/$name.nt.lines"
    rapper_lines turtle "$base.ttl" >"$tmp/$name.ttl.lines"
    rapper_lines nquads "$base.nq" >"$tmp/$name.nq.lines"
    union=$(wc -l <"$tmp/$name.nq.lines")
    if [ "$union" = "$(wc -l <"$tmp/$name.nt.lines")" ]; then
        pass "$name.nq holds the $union triples of $name.nt (union of its graphs)"
    else
        fail "$name.nq holds $union distinct triples, $name.nt $(wc -l <"$tmp/$name.nt.lines")"
    fi
    how=exactly
    if grep -q "_:" "$tmp/$name.nt.lines"; then
        how="blank nodes compared by structure"
        for syntax in nt ttl nq; do
            "$py" "$READOUT_SOURCE_DIR/tests/e2e/canonical_nt.py" "$tmp/$name.$syntax.lines" >"$tmp/$name.$syntax.canon" &&
                mv "$tmp/$name.$syntax.canon" "$tmp/$name.$syntax.lines" || fail "canonical_nt.py $name.$syntax.lines"
        done
    fi
    for other in ttl nq; do
        if diff -u "$tmp/$name.nt.lines" "$tmp/$name.$other.lines" >"$tmp/diff" 2>&1; then
            pass "$name.$other and $name.nt hold the same triples ($how)"
        else
            fail "$name.$other and $name.nt differ ($how)"
            head -40 "$tmp/diff"
        fi
    done
    if [ -f "$base.dot" ]; then
        if ! command -v dot >/dev/null 2>&1; then
            echo "note: Graphviz dot is not installed; $name.dot not laid out"
        elif err=$(dot -Tsvg "$base.dot" -o "$tmp/$name.svg" 2>&1) && [ -z "$err" ] && grep -q "<svg" "$tmp/$name.svg"; then
            pass "dot -Tsvg $name.dot"
        else
            fail "dot -Tsvg $name.dot: $err"
        fi
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
