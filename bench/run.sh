#!/usr/bin/env bash
# The benchmark, in one command: bash bench/run.sh
#
# Builds readout (Release), generates corpora at 1x, 10x and 100x, and measures in one run:
# build throughput single-threaded and with -j N, peak memory, store bytes per triple, load time of
# the largest graph, name-anchored question latency on it, N-Triples/Turtle writing speed, and the
# peers side by side on the same data: serdi and rapper (parse and re-serialize the same triples)
# and the compromise NER package (people/places/organizations over the same text). Prints ratios
# and writes BENCHMARKS.md.
#
# Settings (environment):
#   BENCH_BASE=2300       articles at 1x (100x gives a graph of about 10 million triples)
#   BENCH_SCALES="1 10 100"
#   BENCH_JOBS=$(nproc)   threads for the -j run    BENCH_SEED=7
#   BENCH_WORK=build-bench/work   corpora and graphs (kept between runs; regenerated when settings change)
#   BENCH_REPORT=BENCHMARKS.md    the report written
#   BENCH_READOUT, BENCH_TOOL     use these readout and readout_bench binaries instead of building
#   BENCH_EXTRACT_TOOL            readout_extract_bench (default: beside BENCH_TOOL)
#   BENCH_NER_ARTICLES=300        articles of the 1x corpus given to compromise (it is slow)
#   BENCH_EXTRACT_REPEAT=20       passes of readout_extract_bench over those articles (a run of seconds)
#   BENCH_SCORE_ARTICLES=700      score.py runs on this many articles (same seed: a prefix of the corpus)
#   BENCH_SCORE_PY=../shared/eval/score.py
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${BENCH_BASE:-2300}
scales=${BENCH_SCALES:-"1 10 100"}
jobs=${BENCH_JOBS:-$(nproc)}
seed=${BENCH_SEED:-7}
work=${BENCH_WORK:-$root/build-bench/work}
report=${BENCH_REPORT:-$root/BENCHMARKS.md}
ner_articles=${BENCH_NER_ARTICLES:-300}
score_articles=${BENCH_SCORE_ARTICLES:-700}
say() { printf 'bench: %s\n' "$*" >&2; }

# ---- tools
command -v node >/dev/null || { say "node is needed for the corpus generator (bash scripts/setup.sh)"; exit 3; }
if [[ -n ${BENCH_READOUT:-} && -n ${BENCH_TOOL:-} ]]; then
  readout=$BENCH_READOUT tool=$BENCH_TOOL
  extract_tool=${BENCH_EXTRACT_TOOL:-$(dirname "$BENCH_TOOL")/readout_extract_bench}
else
  build=$root/build-bench
  say "building Release in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DREADOUT_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j2 >/dev/null
  readout=$build/readout tool=$build/bench/readout_bench extract_tool=$build/bench/readout_extract_bench
fi
mkdir -p "$work"
results=$work/results.env
: >"$results"
put() { printf '%s=%s\n' "$1" "$2" >>"$results"; printf '  %-36s %s\n' "$1" "$2" >&2; }
put load_average_start "$(cut -d' ' -f1-3 /proc/loadavg)"
get() { grep -m1 "^$1=" "$2" | cut -d= -f2-; }
# timed LABEL CMD...: runs CMD under /usr/bin/time -v; puts LABEL_s (wall) and LABEL_rss_mb (peak).
timed() {
  local label=$1
  shift
  /usr/bin/time -v -o "$work/$label.time" "$@"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/$label.time")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/$label.time")
  put "${label}_s" "$wall"
  put "${label}_cpu_s" "$cpu"
  put "${label}_rss_mb" "$rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf f, a / b }'; }
# mb_per_s BYTES SECONDS
mb_per_s() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3f", a / 1e6 / b }'; }

# ---- corpora
for s in $scales; do
  n=$((base * s))
  dir=$work/x$s
  stamp="articles=$n seed=$seed generator=$(cksum <"$root/bench/generate.js" | cut -d' ' -f1)"
  if [[ ! -f $dir/stamp || $(cat "$dir/stamp") != "$stamp" ]]; then
    rm -rf "$dir"
    say "generating $n articles (x$s)"
    timed "gen_x$s" node "$root/bench/generate.js" --articles "$n" --seed "$seed" --out "$dir" >"$dir.gen" 2>&1 ||
      { cat "$dir.gen" >&2; exit 1; }
    mv "$dir.gen" "$dir/gen.txt"
    echo "$stamp" >"$dir/stamp"
  fi
  put "x${s}_articles" "$n"
  # the bytes readout reads: a JSON line's body (`text`), not its title
  put "x${s}_text_bytes" "$(grep -o 'body_bytes=[0-9]*' "$dir/gen.txt" | cut -d= -f2)"
done

# ---- build throughput, single thread and -j N, at every scale
last=""
for s in $scales; do
  dir=$work/x$s
  bytes=$(get "x${s}_text_bytes" "$results")
  for j in 1 "$jobs"; do
    say "readout build x$s -j $j"
    timed "build_x${s}_j$j" "$readout" build "$dir/articles.jsonl" -o "$dir/graph_j$j.nt" -j "$j" 2>"$dir/build_j$j.log"
    secs=$(get "build_x${s}_j${j}_s" "$results")
    put "build_x${s}_j${j}_mb_per_s" "$(mb_per_s "$bytes" "$secs")"
    put "build_x${s}_j${j}_articles_per_s" "$(div "$((base * s))" "$secs" %.1f)"
    # CPU time too: on a shared machine wall-clock time also counts other people's work
    put "build_x${s}_j${j}_cpu_mb_per_s" "$(mb_per_s "$bytes" "$(get "build_x${s}_j${j}_cpu_s" "$results")")"
    [[ $j == "$jobs" && $j != 1 ]] && rm -f "$dir/graph_j$j.nt"
  done
  put "x${s}_triples" "$(grep -o '[0-9]* triples' "$dir/build_j1.log" | cut -d' ' -f1)"
  put "build_x${s}_speedup_j$jobs" "$(ratio "$(get "build_x${s}_j1_s" "$results")" "$(get "build_x${s}_j${jobs}_s" "$results")")"
  last=$s
done
first=${scales%% *}

# ---- accuracy on the generated gold (score.py pairs meetings in cubic time: a prefix of the corpus)
score_py=${BENCH_SCORE_PY:-$root/../shared/eval/score.py}
if [[ -x /usr/bin/python3 && -f $score_py ]]; then
  n_score=$((score_articles < base * first ? score_articles : base * first))
  say "score.py on the first $n_score articles"
  node "$root/bench/generate.js" --articles "$n_score" --seed "$seed" --out "$work/score" --no-txt >/dev/null
  "$readout" build "$work/score/articles.jsonl" -o "$work/score/graph.nt" 2>/dev/null
  /usr/bin/python3 "$score_py" "$work/score/graph.nt" "$work/score/gold.json" --json >"$work/score.json"
  put "score_articles" "$n_score"
  put "score_json" "$(cat "$work/score.json")"
else
  put "score_json" "not run (no $score_py)"
fi

# ---- the largest graph: load, questions, writing (in process), against serdi and rapper
graph=$work/x$last/graph_j1.nt
say "loading $graph in process"
timed "inproc" "$tool" "$graph" --questions 1000 --write-dir "$work" >"$work/inproc.txt"
while IFS= read -r line; do put "inproc_${line%%=*}" "${line#*=}"; done <"$work/inproc.txt"
if command -v rapper >/dev/null; then
  timed "rapper_parse" rapper -q -i ntriples -c "$graph"
  timed "rapper_nt" sh -c "rapper -q -i ntriples -o ntriples '$graph' >/dev/null"
  timed "rapper_ttl" sh -c "rapper -q -i ntriples -o turtle '$graph' >/dev/null"
fi
if command -v serdi >/dev/null; then
  timed "serdi_nt" sh -c "serdi -q -i ntriples -o ntriples '$graph' >/dev/null"
  timed "serdi_ttl" sh -c "serdi -q -i ntriples -o turtle '$graph' >/dev/null"
fi

# ---- the generic NER peer on the same text
# Both sides are timed the same way: in one process, after start-up (Node and loading compromise;
# readout's gazetteers), over texts already in memory, after an untimed warm-up pass; the text is
# each article's body. The end-to-end figures (readout build, whole process) are given beside it.
peer_dir=$root/bench/node
if [[ ! -d $peer_dir/node_modules/compromise ]] && command -v npm >/dev/null; then
  (cd "$peer_dir" && npm ci --no-audit --no-fund >/dev/null 2>&1) || say "npm ci failed in bench/node: no NER peer"
fi
n_ner=$((ner_articles < base * first ? ner_articles : base * first))
if [[ -d $peer_dir/node_modules/compromise ]]; then
  say "compromise on $n_ner articles of x$first"
  node "$peer_dir/ner.js" "$work/x$first/articles.jsonl" "$n_ner" >"$work/ner.txt"
  while IFS= read -r line; do put "ner_${line%%=*}" "${line#*=}"; done <"$work/ner.txt"
fi
# readout's extraction on exactly the same articles, one thread, measured as the peer is
say "readout_extract_bench on the same $n_ner articles"
"$extract_tool" "$work/x$first/articles.jsonl" "$n_ner" --repeat "${BENCH_EXTRACT_REPEAT:-20}" >"$work/extract.txt"
while IFS= read -r line; do put "extract_${line%%=*}" "${line#*=}"; done <"$work/extract.txt"
"$extract_tool" "$work/x$first/articles.jsonl" "$n_ner" --repeat "${BENCH_EXTRACT_REPEAT:-20}" --resolve >"$work/extract_resolve.txt"
while IFS= read -r line; do put "extract_resolve_${line%%=*}" "${line#*=}"; done <"$work/extract_resolve.txt"
if [[ -d $peer_dir/node_modules/compromise ]]; then
  # and readout build, whole process (start-up, reading, extraction, resolution, store, writing)
  head -n "$n_ner" "$work/x$first/articles.jsonl" >"$work/ner_same.jsonl"
  timed "build_same_j1" "$readout" build "$work/ner_same.jsonl" -o "$work/ner_same.nt" -j 1 2>/dev/null
  put "build_same_j1_mb_per_s" "$(mb_per_s "$(get ner_bytes "$results")" "$(get build_same_j1_cpu_s "$results")")"
fi

# ---- ratios
r() { get "$1" "$results"; }
put "ratio_extract_vs_compromise" "$(ratio "$(r extract_mb_per_s)" "$(r ner_mb_per_s)")"
put "ratio_extract_resolve_vs_compromise" "$(ratio "$(r extract_resolve_mb_per_s)" "$(r ner_mb_per_s)")"
put "ratio_build_vs_compromise" "$(ratio "$(r build_same_j1_mb_per_s)" "$(r ner_mb_per_s)")"
put "ratio_build_x${first}_vs_compromise" "$(ratio "$(r build_x${first}_j1_cpu_mb_per_s)" "$(r ner_mb_per_s)")"
put "ratio_write_nt_vs_serdi" "$(ratio "$(r serdi_nt_s)" "$(r inproc_write_nt_s)")"
put "ratio_write_ttl_vs_serdi" "$(ratio "$(r serdi_ttl_s)" "$(r inproc_write_ttl_s)")"
put "ratio_write_nt_vs_rapper" "$(ratio "$(r rapper_nt_s)" "$(r inproc_write_nt_s)")"
put "ratio_load_vs_rapper_parse" "$(ratio "$(r rapper_parse_s)" "$(r inproc_load_s)")"
# the same on CPU time (user + system): on a shared machine wall-clock time also counts other work
put "ratio_write_nt_vs_serdi_cpu" "$(ratio "$(r serdi_nt_cpu_s)" "$(r inproc_write_nt_cpu_s)")"
put "ratio_load_vs_rapper_parse_cpu" "$(ratio "$(r rapper_parse_cpu_s)" "$(r inproc_load_cpu_s)")"

put load_average_end "$(cut -d' ' -f1-3 /proc/loadavg)"
bash "$root/bench/report.sh" "$results" "$report"
say "wrote $report"
