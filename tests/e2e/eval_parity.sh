#!/usr/bin/env bash
# `readout eval` prints the same figures as the reference scorer (tests/tools/score.py, a copy of
# the project's score.py) on the samples and on every gold-annotated test corpus in the repo.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
py=/usr/bin/python3
[[ -x $py ]] || { echo "skipped: /usr/bin/python3 is not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
src=$READOUT_SOURCE_DIR
compare() {  # name articles-dir gold...
  local name=$1 dir=$2; shift 2
  "$READOUT" build "$dir" -o "$tmp/$name.nt" 2>/dev/null || [[ $? == 4 ]]
  "$READOUT" eval "$tmp/$name.nt" --gold "$@" --json >"$tmp/$name.cpp.json"
  # score.py walks Python sets, so when two output meetings tie for one gold meeting its pairing
  # (and the figures that follow from it) depends on the hash seed. readout eval must print what
  # score.py prints under one of the seeds.
  local seed
  for seed in 0 1 2 3 4 5 6 7; do
    PYTHONHASHSEED=$seed "$py" "$src/tests/tools/score.py" "$tmp/$name.nt" "$@" --json >"$tmp/$name.py.json"
    if cmp -s "$tmp/$name.py.json" "$tmp/$name.cpp.json"; then break; fi
  done
  if ! diff -u "$tmp/$name.py.json" "$tmp/$name.cpp.json"; then
    echo "FAIL: readout eval and score.py disagree on $name" >&2
    exit 1
  fi
  echo "$name: $(cat "$tmp/$name.cpp.json")"
}
compare samples "$src/samples" "$src/samples/gold.json"
for gold in "$src"/tests/data/corpus/*/gold.json; do
  [[ -f $gold ]] || continue
  d=$(dirname "$gold")
  compare "corpus-$(basename "$d")" "$d" "$gold"
done
# Development set beside the checkout, when present.
dev=$src/../shared/eval/dev
if ls "$dev"/d*.gold.json >/dev/null 2>&1; then compare dev "$dev" "$dev"/d*.gold.json; fi
