#!/usr/bin/env bash
# Map/reduce equals the whole build: a corpus (samples/ + tests/data/scale) split into 1, 2 and 3
# shards in several orders, each shard through `readout extract`, the shards through
# `readout merge`, gives exactly the graph `readout build` makes of the whole corpus (compared
# as sorted N-Quads). Also: the whole build does not depend on article order, extract is
# deterministic, reports bad lines with their number and exits 4, and merge writes any format.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ -x /usr/bin/python3 ]] || { echo "SKIP: /usr/bin/python3 is needed to write the corpus as JSON Lines"; exit 77; }

/usr/bin/python3 "$READOUT_SOURCE_DIR/tests/e2e/articles_to_jsonl.py" "$READOUT_SOURCE_DIR"/samples/*.txt \
  "$READOUT_SOURCE_DIR/tests/data/scale/corpus.jsonl" > "$tmp/corpus.jsonl"
n=$(wc -l < "$tmp/corpus.jsonl")
(( n >= 8 )) || fail "corpus has only $n articles"

"$READOUT" build "$tmp/corpus.jsonl" -o "$tmp/whole.nq" 2> "$tmp/build.log" || fail "build: $(cat "$tmp/build.log")"
LC_ALL=C sort "$tmp/whole.nq" > "$tmp/whole.sorted"
grep -q 'readout/ontology#Meeting>' "$tmp/whole.sorted" || fail "the whole build has no meeting"

# the whole build does not depend on the order of the articles
tac "$tmp/corpus.jsonl" > "$tmp/reversed.jsonl"
"$READOUT" build "$tmp/reversed.jsonl" -o "$tmp/reversed.nq" 2> /dev/null
LC_ALL=C sort "$tmp/reversed.nq" | cmp -s - "$tmp/whole.sorted" || fail "building the corpus in reverse order gives another graph"

# split: k shards; order "forward" (contiguous), "reverse" (contiguous from the end), "deal" (round robin)
split_corpus() {  # k order dir
  local k=$1 order=$2 dir=$3
  mkdir -p "$dir"
  case $order in
    forward) awk -v k="$k" -v n="$n" -v d="$dir" '{ print > (d "/" int((NR-1)*k/n) ".jsonl") }' "$tmp/corpus.jsonl" ;;
    reverse) tac "$tmp/corpus.jsonl" | awk -v k="$k" -v n="$n" -v d="$dir" '{ print > (d "/" int((NR-1)*k/n) ".jsonl") }' ;;
    deal) awk -v k="$k" -v d="$dir" '{ print > (d "/" ((NR-1)%k) ".jsonl") }' "$tmp/corpus.jsonl" ;;
  esac
}
for k in 1 2 3; do
  for order in forward reverse deal; do
    dir="$tmp/split-$k-$order"
    split_corpus "$k" "$order" "$dir"
    shards=()
    for s in "$dir"/*.jsonl; do
      "$READOUT" extract < "$s" > "${s%.jsonl}.nq" 2> "$dir/extract.log" || fail "extract $s: $(cat "$dir/extract.log")"
      shards+=("${s%.jsonl}.nq")
    done
    # merge the shards in reverse file order, so neither shard nor article order matches the build
    mapfile -t shards < <(printf '%s\n' "${shards[@]}" | sort -r)
    "$READOUT" merge "${shards[@]}" -o "$dir/merged.nq" 2> "$dir/merge.log" || fail "merge: $(cat "$dir/merge.log")"
    LC_ALL=C sort "$dir/merged.nq" > "$dir/merged.sorted"
    if ! cmp -s "$dir/merged.sorted" "$tmp/whole.sorted"; then
      diff "$tmp/whole.sorted" "$dir/merged.sorted" | head -20 >&2
      fail "$k shard(s), $order order: merged graph differs from the whole build"
    fi
    echo "ok: $k shard(s), $order order: $(wc -l < "$dir/merged.sorted") quads equal to the whole build"
  done
done

# shards also arrive on stdin, concatenated
cat "$tmp"/split-3-deal/[0-9]*.nq | "$READOUT" merge - -o "$tmp/stdin.nq" 2> /dev/null
LC_ALL=C sort "$tmp/stdin.nq" | cmp -s - "$tmp/whole.sorted" || fail "merging concatenated shards from stdin differs"

# any output format: N-Triples of the merge equal N-Triples of the build
"$READOUT" build "$tmp/corpus.jsonl" -o "$tmp/whole.nt" 2> /dev/null
"$READOUT" merge "$tmp"/split-2-deal/[0-9]*.nq -o "$tmp/merged.nt" 2> /dev/null
cmp -s <(LC_ALL=C sort "$tmp/whole.nt") <(LC_ALL=C sort "$tmp/merged.nt") || fail "merged N-Triples differ from built N-Triples"
"$READOUT" merge "$tmp"/split-2-deal/[0-9]*.nq -o "$tmp/merged.ttl" 2> /dev/null
answer=$("$READOUT" query "$tmp/merged.ttl" "who attended Lima" --format json)
[[ $answer == *"Henrik Solvang"* ]] || fail "who attended Lima over the merged Turtle gave: $answer"

# extract is deterministic
"$READOUT" extract < "$tmp/corpus.jsonl" > "$tmp/x1.nq"
"$READOUT" extract < "$tmp/corpus.jsonl" > "$tmp/x2.nq"
cmp -s "$tmp/x1.nq" "$tmp/x2.nq" || fail "extract is not deterministic"

# bad lines: reported with their line number, skipped, the rest extracted, exit 4 at the end
set +e
"$READOUT" extract < "$READOUT_SOURCE_DIR/tests/data/scale/bad-lines.jsonl" > "$tmp/bad.nq" 2> "$tmp/bad.log"
rc=$?
set -e
[[ $rc == 4 ]] || fail "extract with bad lines exited $rc, expected 4"
for line in 2 3 4; do grep -q "^readout: <stdin>:$line:" "$tmp/bad.log" || fail "no diagnostic for line $line: $(cat "$tmp/bad.log")"; done
grep -q '"ok-1"' "$tmp/bad.nq" && grep -q '"ok-2"' "$tmp/bad.nq" || fail "the good lines around the bad ones were not extracted"

# merge: a missing shard is reported and the rest merged (exit 4); nothing readable exits 3
set +e
"$READOUT" merge "$tmp/x1.nq" "$tmp/missing.nq" -o "$tmp/partial.nq" 2> /dev/null; rc=$?
[[ $rc == 4 ]] || fail "merge with a missing shard exited $rc, expected 4"
"$READOUT" merge "$tmp/missing.nq" -o "$tmp/none.nq" 2> /dev/null; rc=$?
[[ $rc == 3 ]] || fail "merge with no readable shard exited $rc, expected 3"
set -e
[[ -e $tmp/none.nq ]] && fail "a failed merge left an output file"
LC_ALL=C sort "$tmp/partial.nq" | cmp -s - "$tmp/whole.sorted" || fail "merging the one-shard extract differs from the whole build"
echo "extract/merge end to end: ok"
