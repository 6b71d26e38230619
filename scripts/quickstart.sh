#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the main job on samples/:
# the graph as Turtle and JSON-LD, the actors diagram, and the answer to "who attended Jakarta".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
mkdir -p out
"$build/readout" build samples -o out/samples.ttl
"$build/readout" export out/samples.ttl -o out/samples.jsonld
"$build/readout" export out/samples.ttl -o out/samples.nt
"$build/readout" dot out/samples.ttl -o out/actors.dot
if command -v dot >/dev/null 2>&1; then dot -Tsvg out/actors.dot -o out/actors.svg; fi
echo
echo "Wrote out/samples.ttl, out/samples.jsonld, out/samples.nt, out/actors.dot$(command -v dot >/dev/null && echo ', out/actors.svg')"
echo
echo '$ readout query out/samples.ttl "who attended Jakarta"'
"$build/readout" query out/samples.ttl "who attended Jakarta"
