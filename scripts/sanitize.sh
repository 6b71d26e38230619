#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (READOUT_SANITIZE=ON,
# its own build directory), then the end-to-end samples test under valgrind on the normal build.
# Any sanitizer report fails the test that triggered it. Known leaks inside Raptor are suppressed
# (scripts/lsan.supp, scripts/valgrind.supp). Called by .ci/run after scripts/test.sh; prints a
# `phase:` line with the time of each step (scripts/phase.sh).
#   SANITIZE_BUILD_DIR (default build-sanitize), BUILD_DIR (the normal build, default build),
#   JOBS (default: the number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/phase.sh
bash scripts/setup.sh
build=${SANITIZE_BUILD_DIR:-build-sanitize}
normal=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# What the sanitizer build leaves out, to keep CI short (a fresh machine compiles everything):
# -O1 -g1 instead of -O2 -g: less optimising and no full debug information to compile and link;
#   -g1 keeps the line tables, so sanitizer reports still name file and line;
# a unity build (CMAKE_UNITY_BUILD): each target's sources compile as a few large files, so the
#   headers (Boost.Graph, Catch2, CLI11, RapidJSON) are parsed once per target, not once per file;
# no bench/ tools (READOUT_BUILD_BENCH=OFF): the benchmark is not a test.
# Seen once in a fresh Debian 12 root (shared 2-core machine, load average 10-14): this build 647 s,
# the normal -O2 -g build of scripts/test.sh 1745 s; the knobs were not timed one by one.
# (The unity build makes GCC warn -Wsubobject-linkage about src/store/store.cpp, which it then
# takes for a header: harmless.) No -Werror here: under -fsanitize GCC 12 reports false -Wrestrict / -Wmaybe-uninitialized errors
# inside libstdc++ (GCC PR 105329); the normal build (scripts/test.sh) keeps warnings at zero.
sanitizer_build() {
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
    -DREADOUT_WERROR=OFF -DREADOUT_SANITIZE=ON -DREADOUT_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON \
    "${launcher[@]}" >/dev/null &&
    cmake --build "$build" -j"$jobs"
}
phase sanitize-build sanitizer_build

# Every test runs but the two labelled `not-sanitized` in tests/CMakeLists.txt, which would run no
# readout code that other tests do not run here:
#   e2e: bench_smoke  drives bench/run.sh, whose timing tool (bench/readout_bench) this build leaves
#                     out; its readout runs (build and query over generated articles) are those of
#                     soak.sh, extract_merge.sh and samples.sh.
#   e2e: virtuoso     runs exactly the readout commands of query_roqet.sh (build the samples, export,
#                     the documented questions); the rest of its minutes are Virtuoso's own server.
sanitizer_tests() {
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
  LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  READOUT_SANITIZED=1 \
    ctest --test-dir "$build" --output-on-failure -j"$jobs" -LE not-sanitized
}
# (READOUT_SANITIZED=1: tests skip their peak-memory checks, which the sanitizers' shadow memory upsets.)
phase sanitize-tests sanitizer_tests

# valgrind: the samples end to end (build, query, export, dot) on the normal build.
valgrind_samples() {
  if ! command -v valgrind >/dev/null; then
    echo "sanitize.sh: valgrind is not installed (scripts/setup.sh installs it)" >&2
    return 1
  fi
  if [[ ! -x $normal/readout ]]; then
    { cmake -S . -B "$normal" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null &&
      cmake --build "$normal" -j"$jobs" --target readout; } || return 1
  fi
  cat >"$tmp/readout" <<WRAP
#!/bin/sh
exec valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \\
  --suppressions="$root/scripts/valgrind.supp" --log-file="$tmp/valgrind.%p.log" "$root/$normal/readout" "\$@"
WRAP
  chmod +x "$tmp/readout"
  if ! READOUT="$tmp/readout" READOUT_SOURCE_DIR="$root" READOUT_BUILD_DIR="$root/$normal" bash tests/e2e/samples.sh; then
    cat "$tmp"/valgrind.*.log >&2 || true
    echo "sanitize.sh: the samples test failed under valgrind" >&2
    return 1
  fi
  if grep -l . "$tmp"/valgrind.*.log >/dev/null 2>&1; then
    cat "$tmp"/valgrind.*.log >&2
    echo "sanitize.sh: valgrind reported errors" >&2
    return 1
  fi
}
phase valgrind valgrind_samples
echo "sanitize.sh: sanitizer suite and valgrind samples run clean"
