#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (clang, AddressSanitizer + UBSan) and runs each for a
# fixed time, starting from the seed corpus in fuzz/corpus/<name>/ (new inputs go to a scratch
# corpus; the repo's seeds are not touched). Any crash, leak, timeout or out-of-memory fails the
# script and leaves the input under $FUZZ_OUT/<name>/ — turn it into a regression test.
#
#   scripts/fuzz.sh [NAME...]        NAME: article_reader extract query raptor_reader jsonld_reader
#   FUZZ_SECONDS=600   seconds per fuzzer (default 60)
#   FUZZ_PARALLEL=2    fuzzers running at once (default 1; the machine has few cores)
#   FUZZ_BUILD_DIR     build directory (default build-fuzz), FUZZ_OUT (default $FUZZ_BUILD_DIR/runs)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${FUZZ_SECONDS:-60}
parallel=${FUZZ_PARALLEL:-1}
build=${FUZZ_BUILD_DIR:-build-fuzz}
out=${FUZZ_OUT:-$build/runs}
all=(article_reader extract query raptor_reader jsonld_reader)
names=("$@")
((${#names[@]})) || names=("${all[@]}")

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
      -DREADOUT_FUZZ=ON -DREADOUT_SANITIZE=ON -DREADOUT_BUILD_TESTS=OFF >/dev/null
targets=()
for n in "${names[@]}"; do targets+=(--target "fuzz_$n"); done
cmake --build "$build" -j"${FUZZ_JOBS:-2}" "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
  local n=$1 dir="$out/$1"
  rm -rf "$dir"; mkdir -p "$dir/corpus" "$dir/artifacts"
  # -rss_limit_mb/-malloc_limit_mb catch runaway memory; -timeout catches hangs (seconds per input).
  if "$build/fuzz/fuzz_$n" "$dir/corpus" "$root/fuzz/corpus/$n" -max_total_time="$seconds" -max_len=65536 \
       -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
       -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1; then
    echo "fuzz_$n: ok, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$') runs in ${seconds}s, corpus $(ls "$dir/corpus" | wc -l) new inputs"
  else
    echo "fuzz_$n: FAILED, see $dir/log and $dir/artifacts/:"; ls "$dir/artifacts"; tail -40 "$dir/log"
    return 1
  fi
}

status=0
running=0
pids=()
for n in "${names[@]}"; do
  run_one "$n" & pids+=($!)
  running=$((running + 1))
  if ((running >= parallel)); then wait -n || status=1; running=$((running - 1)); fi
done
while ((running > 0)); do wait -n || status=1; running=$((running - 1)); done
exit $status
