#!/usr/bin/env bash
# Real-client check of the query language (issue 5): builds the samples graph, exports Turtle, and
# runs every SPARQL equivalent written in docs-src/query.md with Rasqal's roqet, comparing each
# answer set with `readout query --format json` on the same question (tests/e2e/sparql_check.py
# takes the queries and questions from the document itself, so they cannot drift apart).
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR. Exit 77 = skipped.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
if ! command -v roqet >/dev/null 2>&1; then
    echo "SKIP: roqet is not installed (Debian package rasqal-utils; scripts/setup.sh installs it)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/g.nq" 2>"$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
"$READOUT" export "$tmp/g.nq" -o "$tmp/g.ttl"
/usr/bin/python3 "$READOUT_SOURCE_DIR/tests/e2e/sparql_check.py" --doc "$READOUT_SOURCE_DIR/docs-src/query.md" \
    --readout "$READOUT" --graph "$tmp/g.ttl" --roqet "$tmp/g.ttl"
