#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (READOUT_SANITIZE=ON,
# its own build directory), then the end-to-end samples test under valgrind on the normal build.
# Any sanitizer report fails the test that triggered it. Known leaks inside Raptor are suppressed
# (scripts/lsan.supp, scripts/valgrind.supp). Called by .ci/run after scripts/test.sh.
#   SANITIZE_BUILD_DIR (default build-sanitize), BUILD_DIR (the normal build, default build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash scripts/setup.sh
build=${SANITIZE_BUILD_DIR:-build-sanitize}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# No -Werror here: under -fsanitize GCC 12 reports false -Wrestrict / -Wmaybe-uninitialized errors
# inside libstdc++ (GCC PR 105329); the normal build (scripts/test.sh) keeps warnings at zero.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREADOUT_WERROR=OFF -DREADOUT_SANITIZE=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"${JOBS:-$(nproc)}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export READOUT_SANITIZED=1  # tests skip their peak-memory checks (the sanitizers' shadow memory)
ctest --test-dir "$build" --output-on-failure -j"${JOBS:-$(nproc)}"

# valgrind: the samples end to end (build, query, export, dot) on the normal build.
normal=${BUILD_DIR:-build}
if ! command -v valgrind >/dev/null; then
  echo "sanitize.sh: valgrind not installed; valgrind run skipped" >&2
  exit 0
fi
if [[ ! -x $normal/readout ]]; then
  cmake -S . -B "$normal" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
  cmake --build "$normal" -j"${JOBS:-$(nproc)}" --target readout
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/readout" <<WRAP
#!/bin/sh
exec valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \\
  --suppressions="$root/scripts/valgrind.supp" --log-file="$tmp/valgrind.%p.log" "$root/$normal/readout" "\$@"
WRAP
chmod +x "$tmp/readout"
if ! READOUT="$tmp/readout" READOUT_SOURCE_DIR="$root" READOUT_BUILD_DIR="$root/$normal" bash tests/e2e/samples.sh; then
  cat "$tmp"/valgrind.*.log >&2 || true
  echo "sanitize.sh: the samples test failed under valgrind" >&2
  exit 1
fi
if grep -l . "$tmp"/valgrind.*.log >/dev/null 2>&1; then
  cat "$tmp"/valgrind.*.log >&2
  echo "sanitize.sh: valgrind reported errors" >&2
  exit 1
fi
echo "sanitize.sh: sanitizer suite and valgrind samples run clean"
