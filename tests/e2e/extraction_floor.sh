#!/usr/bin/env bash
# Extraction quality may not fall below the floor reached so far. Scored with `readout eval`
# (which the parity test keeps equal to score.py) on the samples, on the annotated corpora under
# tests/data/corpus, and on the development set beside the checkout when it is there.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
src=$READOUT_SOURCE_DIR
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # name articles floor-overall gold...
  local name=$1 dir=$2 floor=$3; shift 3
  "$READOUT" build "$dir" -o "$tmp/$name.nt" 2>/dev/null || [[ $? == 4 ]]
  local overall
  overall=$("$READOUT" eval "$tmp/$name.nt" --gold "$@" | awk '$1 == "overall" {print $2}')
  echo "$name overall $overall (floor $floor)"
  if ! awk -v o="$overall" -v f="$floor" 'BEGIN { exit !(o + 0 >= f + 0) }'; then
    echo "FAIL: $name extraction fell below its floor" >&2
    "$READOUT" eval "$tmp/$name.nt" --gold "$@" --details >&2
    fail=1
  fi
}
check samples "$src/samples" 0.94 "$src/samples/gold.json"
for gold in "$src"/tests/data/corpus/*/gold.json; do
  [[ -f $gold ]] || continue
  d=$(dirname "$gold")
  check "corpus-$(basename "$d")" "$d" "$(cat "$d/floor")" "$gold"
done
dev=$src/../shared/eval/dev
if ls "$dev"/d*.gold.json >/dev/null 2>&1; then check dev "$dev" 0.97 "$dev"/d*.gold.json; fi
exit $fail
