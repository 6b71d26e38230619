#!/usr/bin/env bash
# The benchmark at a tiny size (seconds), so bench/generate.js, bench/run.sh, bench/report.sh and
# readout_bench and readout_extract_bench cannot rot: generate, build, score, load, ask, write, compare, report.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}" "${READOUT_BUILD_DIR:?}"
command -v node >/dev/null || { echo "SKIP: node is not installed (scripts/setup.sh installs it)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# the generator is deterministic and writes what it says
node "$READOUT_SOURCE_DIR/bench/generate.js" --articles 12 --seed 3 --out "$tmp/a" >/dev/null
node "$READOUT_SOURCE_DIR/bench/generate.js" --articles 12 --seed 3 --out "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b" >/dev/null || fail "same seed, different corpus"
[[ $(ls "$tmp/a/txt" | wc -l) == 12 && $(wc -l <"$tmp/a/articles.jsonl") == 12 ]] || fail "expected 12 articles"
/usr/bin/python3 -c "import json,sys; g=json.load(open(sys.argv[1])); assert g['persons'] and g['meetings']" \
  "$tmp/a/gold.json" || fail "gold.json has no persons or meetings"
# no invented person is a person of samples/
/usr/bin/python3 - "$tmp/a/gold.json" "$READOUT_SOURCE_DIR/samples/gold.json" <<'PY' || fail "a generated name is a sample's"
import json, sys
gen = {p["name"] for p in json.load(open(sys.argv[1]))["persons"]}
sam = {p["name"] for p in json.load(open(sys.argv[2]))["persons"]}
sys.exit(1 if gen & sam else 0)
PY

BENCH_BASE=15 BENCH_SCALES="1 2" BENCH_JOBS=2 BENCH_WORK="$tmp/work" BENCH_REPORT="$tmp/BENCHMARKS.md" \
  BENCH_READOUT="$READOUT" BENCH_TOOL="$READOUT_BUILD_DIR/bench/readout_bench" BENCH_NER_ARTICLES=3 BENCH_EXTRACT_REPEAT=2 \
  bash "$READOUT_SOURCE_DIR/bench/run.sh" 2>"$tmp/run.log" || { cat "$tmp/run.log" >&2; fail "bench/run.sh failed"; }
results=$tmp/work/results.env
for key in build_x1_j1_mb_per_s build_x2_j2_mb_per_s x2_triples inproc_load_s inproc_store_bytes_per_triple \
           inproc_who_met_p99_us inproc_write_nt_mb_per_s extract_mb_per_s; do
  value=$(grep -m1 "^$key=" "$results" | cut -d= -f2-)
  [[ $value =~ ^[0-9.]+$ ]] || fail "$key is '$value'"
done
grep -q '^inproc_who_met_answered=[1-9]' "$results" || fail "no who-met question was answered"
grep -q '^## Targets' "$tmp/BENCHMARKS.md" || fail "BENCHMARKS.md has no targets section"
grep -q 'AMD\|Intel\|CPU' "$tmp/BENCHMARKS.md" || fail "BENCHMARKS.md does not name the machine"
echo "bench smoke: ok"
