#!/usr/bin/env bash
# Checks readout's JSON-LD against the reference JSON-LD processor (jsonld.js, pinned in
# tests/node/package-lock.json): expanded to RDF by jsonld.js, NAME.jsonld must hold the same
# triples as NAME.nt; so must NAME.ttl as read by rapper and NAME.nq (union of its graphs).
# Compared canonically with rdf-canonize (RDFC-1.0), so blank node labels do not matter.
#
# The files come from `test_io "[.export]"`, or from $IO_EXPORT_DIR when set.
# Env (set by ctest): READOUT_SOURCE_DIR, READOUT_BUILD_DIR. Exit 77 = skipped.
set -uo pipefail
: "${READOUT_SOURCE_DIR:?READOUT_SOURCE_DIR is not set}"
node_dir="$READOUT_SOURCE_DIR/tests/node"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node and npm are needed for the reference JSON-LD processor"
    exit 77
fi
if ! command -v rapper >/dev/null 2>&1; then
    echo "SKIP: rapper is not installed (Debian package raptor2-utils)"
    exit 77
fi
# Several tests call this script at once (ctest -j): one installs, the others wait on the lock.
install_node_tools() {
    if [ ! -d "$node_dir/node_modules/jsonld" ] || [ ! -d "$node_dir/node_modules/rdf-canonize" ]; then
        echo "installing the pinned Node tools: npm ci in $node_dir"
        (cd "$node_dir" && npm ci --no-audit --no-fund >/tmp/readout-npm-ci.log 2>&1) || return 1
    fi
}
exec 9>"${TMPDIR:-/tmp}/readout-node-tools.lock"
flock 9
if ! install_node_tools; then
    tail -20 /tmp/readout-npm-ci.log
    echo "SKIP: npm ci failed (offline?); cannot run the reference JSON-LD processor"
    exit 77
fi
flock -u 9

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=lib/exports.sh
source "$READOUT_SOURCE_DIR/tests/e2e/lib/exports.sh"
exports_dir "$tmp"

passed=0
failed=0
shopt -s nullglob
names=()
for js in "$dir"/*.jsonld; do names+=("$(basename "$js" .jsonld)"); done
if [ ${#names[@]} -eq 0 ]; then
    echo "FAIL: no .jsonld files in $dir"
    exit 1
fi
for name in "${names[@]}"; do
    base="$dir/$name"
    files=("$base.nt" "$base.jsonld")
    if [ -f "$base.ttl" ]; then
        # A .nt name tells compare.js the syntax; the file holds rapper's reading of the Turtle.
        mkdir -p "$tmp/ttl"
        if rapper -q -i turtle -o ntriples "$base.ttl" >"$tmp/ttl/$name.nt"; then
            files+=("$tmp/ttl/$name.nt")
        else
            echo "FAIL rapper could not read $name.ttl"
            failed=$((failed + 1))
        fi
    fi
    if node "$node_dir/compare.js" "${files[@]}"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    if [ -f "$base.nq" ]; then
        if node "$node_dir/compare.js" --union "$base.nt" "$base.nq"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
