#!/usr/bin/env bash
# The documentation builds from the sources, so it cannot rot.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
command -v dot >/dev/null 2>&1 || { echo "skipped: graphviz 'dot' not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
make -s -C "$READOUT_SOURCE_DIR" -f Makefile.docs READOUT="$READOUT" DOCS="$tmp/docs"
for f in ontology.md query.md actors.svg actors.png; do [[ -s $tmp/docs/$f ]] || { echo "FAIL: docs/$f missing" >&2; exit 1; }; done
grep -q '| ro:participant |' "$tmp/docs/ontology.md" || { echo "FAIL: ontology reference lacks ro:participant" >&2; exit 1; }
echo "docs: ok"
