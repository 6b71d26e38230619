#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite through ctest.
# Prints a `phase:` line with the time of each step (scripts/phase.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/phase.sh
phase setup bash scripts/setup.sh
build=${BUILD_DIR:-build}
# (phase runs these in an `||` list, where set -e is off: each chains its commands with &&.)
configure_and_build() {
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREADOUT_WERROR=ON &&
    cmake --build "$build" -j"$(nproc)"
}
phase build configure_and_build
run_tests() {
  # Node tools used only by tests (the reference JSON-LD processor), pinned in tests/node.
  if command -v npm >/dev/null 2>&1 && [[ ! -d tests/node/node_modules/jsonld ]]; then
    (cd tests/node && npm ci --no-audit --no-fund >/dev/null 2>&1) || echo "test.sh: npm ci failed; the JSON-LD reference test will be skipped" >&2
  fi
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
}
phase tests run_tests
