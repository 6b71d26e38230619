#!/usr/bin/env bash
# Runs the io checks (io_rapper_check.sh, io_jsonld_reference.sh) on what the command line
# writes: `readout build samples -o FILE` in every format. Skipped (77) until `readout build`
# exists. Env (set by ctest): READOUT, READOUT_SOURCE_DIR, READOUT_BUILD_DIR.
set -uo pipefail
: "${READOUT:?READOUT is not set}" "${READOUT_SOURCE_DIR:?READOUT_SOURCE_DIR is not set}"

if ! "$READOUT" build --help >/dev/null 2>&1; then
    echo "SKIP: '$READOUT build --help' fails: the build command is not there yet"
    exit 77
fi
samples="$READOUT_SOURCE_DIR/samples"
if [ ! -d "$samples" ]; then
    echo "SKIP: no samples directory at $samples"
    exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ext in ttl nt nq jsonld dot; do
    if ! "$READOUT" build "$samples" -o "$tmp/cli.$ext" >"$tmp/build.$ext.log" 2>&1; then
        cat "$tmp/build.$ext.log"
        echo "FAIL: readout build $samples -o cli.$ext"
        exit 1
    fi
done

here=$(cd "$(dirname "$0")" && pwd)
status=0
IO_EXPORT_DIR="$tmp" bash "$here/io_rapper_check.sh" || status=$?
[ $status -ne 0 ] && { echo "FAIL: io_rapper_check.sh on the CLI's output"; exit 1; }
IO_EXPORT_DIR="$tmp" bash "$here/io_jsonld_reference.sh" || status=$?
if [ $status -eq 77 ]; then
    echo "note: the reference JSON-LD check was skipped"
elif [ $status -ne 0 ]; then
    echo "FAIL: io_jsonld_reference.sh on the CLI's output"
    exit 1
fi
echo "CLI exports pass the io checks"
