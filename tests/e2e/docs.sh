#!/usr/bin/env bash
# The documentation builds from the sources, so it cannot rot: `make -f Makefile.docs` must
# succeed (Doxygen with no warning on include/readout), and write every man page (which groff
# must format with no warning), the API reference, the ontology reference and the diagrams.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
for tool in dot:graphviz doxygen:doxygen help2man:help2man groff:groff-base; do
    command -v "${tool%%:*}" >/dev/null 2>&1 ||
        { echo "skipped: ${tool%%:*} is not installed (Debian package ${tool#*:}; scripts/setup.sh installs it)"; exit 77; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
make -s -C "$READOUT_SOURCE_DIR" -f Makefile.docs READOUT="$READOUT" DOCS="$tmp/docs"
for f in ontology.md query.md api/index.html man/readout.1 \
         actors.dot actors.svg actors.png actors-meetings.dot actors-meetings.svg actors-meetings.png; do
    [[ -s $tmp/docs/$f ]] || { echo "FAIL: docs/$f missing" >&2; exit 1; }
done
grep -q '| ro:participant | object property |' "$tmp/docs/ontology.md" || { echo "FAIL: ontology reference lacks ro:participant" >&2; exit 1; }
[[ ! -s $tmp/docs/doxygen-warnings.log ]] || { cat "$tmp/docs/doxygen-warnings.log"; echo "FAIL: Doxygen warnings" >&2; exit 1; }
grep -q "write_graphml" "$tmp/docs/api/graphml_8hpp.html" || { echo "FAIL: the API reference lacks io::write_graphml" >&2; exit 1; }
# a man page per command, each naming itself and its options, formatted without warnings
for cmd in build query export dot; do
    page="$tmp/docs/man/readout-$cmd.1"
    [[ -s $page ]] || { echo "FAIL: no man page for $cmd" >&2; exit 1; }
    grep -q "^\.TH READOUT\\\\-${cmd^^} " "$page" || { echo "FAIL: $page has the wrong title" >&2; exit 1; }
    grep -q 'output' "$page" || [[ $cmd == query ]] || { echo "FAIL: $page lacks the options" >&2; exit 1; }
done
for page in "$tmp"/docs/man/*.1; do
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    [[ -z $warnings ]] || { echo "$warnings"; echo "FAIL: groff warns about $page" >&2; exit 1; }
done
echo "docs: ok"
