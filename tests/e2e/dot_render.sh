#!/usr/bin/env bash
# `readout dot` on the samples: every view and grouping as .dot, .svg and .png. Graphviz's `dot`
# must accept each .dot with no warning, readout must print nothing (it relays dot's warnings),
# the SVG must be well-formed XML and the PNG a PNG. Then the failure paths: an unknown
# extension or a bad date is a usage error (2); without `dot` on PATH the SVG is not written
# (5) and the message says how to install Graphviz.
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR. Exit 77 = skipped.
set -uo pipefail
: "${READOUT:?READOUT is not set}" "${READOUT_SOURCE_DIR:?READOUT_SOURCE_DIR is not set}"
if ! command -v dot >/dev/null 2>&1; then
    echo "SKIP: Graphviz's dot is not installed (Debian package graphviz; scripts/setup.sh installs it)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/samples.ttl" 2>"$tmp/build.log" || { cat "$tmp/build.log"; fail "build"; }

# The first person of the default diagram, to focus on (no sample names in the tests).
"$READOUT" dot "$tmp/samples.ttl" -o "$tmp/all.dot" || fail "dot -o all.dot"
someone=$(sed -n 's/^ *p[0-9]* \[label="\([^"\\]*\)\\n.*/\1/p' "$tmp/all.dot" | head -n 1)
[ -n "$someone" ] || fail "no person in the diagram"

n=0
check() {  # check NAME ARGS...: renders NAME.{dot,svg,png} with ARGS
    local name=$1; shift
    for ext in dot svg png; do
        if ! "$READOUT" dot "$tmp/samples.ttl" -o "$tmp/$name.$ext" "$@" 2>"$tmp/$name.$ext.err"; then
            cat "$tmp/$name.$ext.err"; fail "readout dot $* -o $name.$ext"
        fi
        [ -s "$tmp/$name.$ext.err" ] && { cat "$tmp/$name.$ext.err"; fail "readout dot -o $name.$ext printed messages"; }
    done
    dot -Tsvg "$tmp/$name.dot" -o "$tmp/$name.check.svg" 2>"$tmp/$name.dot.warnings" || fail "dot rejects $name.dot"
    [ -s "$tmp/$name.dot.warnings" ] && { cat "$tmp/$name.dot.warnings"; fail "dot warns about $name.dot"; }
    /usr/bin/python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$tmp/$name.svg" ||
        fail "$name.svg is not well-formed XML"
    [ "$(head -c 4 "$tmp/$name.png" | od -An -tx1 | tr -d ' \n')" = "89504e47" ] || fail "$name.png is not a PNG"
    n=$((n + 1))
}
check people
check meetings --view meetings
check by-organization --cluster organization
check flat --cluster none --isolated
check focus --focus "$someone" --depth 1
check range --from 2023-06 --to 2023-06-30
check meetings-focus --view meetings --focus "$someone" --depth 0 --cluster organization
"$READOUT" dot "$tmp/samples.ttl" -o - --format png >"$tmp/stdout.png" || fail "dot -o - --format png"
[ "$(head -c 4 "$tmp/stdout.png" | od -An -tx1 | tr -d ' \n')" = "89504e47" ] || fail "--format png did not write a PNG"
"$READOUT" dot "$tmp/samples.ttl" -o - | cmp -s - "$tmp/people.dot" || fail "dot -o - is not the .dot source"

# Narrowing never adds anyone.
people() { grep -c 'tooltip="[^"]*/person/' "$1"; }
[ "$(people "$tmp/focus.dot")" -le "$(people "$tmp/people.dot")" ] || fail "--focus drew more people"
[ "$(people "$tmp/flat.dot")" -ge "$(people "$tmp/people.dot")" ] || fail "--isolated drew fewer people"
grep -q 'subgraph cluster_' "$tmp/flat.dot" && fail "--cluster none drew clusters"

"$READOUT" dot "$tmp/samples.ttl" -o "$tmp/x.jpg" 2>/dev/null; [ $? -eq 2 ] || fail "an unknown extension should be a usage error"
"$READOUT" dot "$tmp/samples.ttl" -o "$tmp/x.svg" --from 2023-02-30 2>/dev/null; [ $? -eq 2 ] || fail "a bad date should be a usage error"
"$READOUT" dot "$tmp/samples.ttl" -o "$tmp/x.svg" --focus "nobody of that name" 2>/dev/null; [ $? -eq 1 ] || fail "an unknown focus should exit 1"
PATH=/nonexistent "$READOUT" dot "$tmp/samples.ttl" -o "$tmp/nodot.svg" 2>"$tmp/nodot.err"
rc=$?
[ $rc -eq 5 ] || fail "without dot on PATH: exit $rc, expected 5"
grep -q "apt-get install graphviz" "$tmp/nodot.err" || { cat "$tmp/nodot.err"; fail "no install hint without dot"; }
[ -e "$tmp/nodot.svg" ] && fail "a failed render left a file"
echo "dot_render: $n diagrams rendered to dot, svg and png with no warning"
