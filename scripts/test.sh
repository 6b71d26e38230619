#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREADOUT_WERROR=ON
cmake --build "$build" -j"$(nproc)"
# Node tools used only by tests (the reference JSON-LD processor), pinned in tests/node.
if command -v npm >/dev/null 2>&1 && [[ ! -d tests/node/node_modules/jsonld ]]; then
  (cd tests/node && npm ci --no-audit --no-fund >/dev/null 2>&1) || echo "test.sh: npm ci failed; the JSON-LD reference test will be skipped" >&2
fi
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
