#!/usr/bin/env bash
# Extraction quality may not fall below the floor reached so far, on the samples and on the
# development set (scored by the project's score.py from ../shared/eval when it is there).
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
eval_dir="$READOUT_SOURCE_DIR/../shared/eval"
py=$(command -v python3 || true)
[[ -x /usr/bin/python3 ]] && py=/usr/bin/python3
if [[ ! -f $eval_dir/score.py || -z $py ]]; then echo "skipped: no ../shared/eval/score.py or python3"; exit 77; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # name graph floor gold...
  local name=$1 graph=$2 floor=$3; shift 3
  local overall
  overall=$("$py" "$eval_dir/score.py" "$graph" "$@" --json | "$py" -c 'import json,sys; print(json.load(sys.stdin)["overall"])')
  echo "$name overall $overall (floor $floor)"
  "$py" -c "import sys; sys.exit(0 if $overall >= $floor else 1)" || { echo "FAIL: $name extraction fell below its floor" >&2; exit 1; }
}
"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/samples.nt" 2>/dev/null
check samples "$tmp/samples.nt" 0.77 "$READOUT_SOURCE_DIR/samples/gold.json"
if ls "$eval_dir"/dev/d*.gold.json >/dev/null 2>&1; then
  "$READOUT" build "$eval_dir/dev" -o "$tmp/dev.nt" 2>/dev/null
  check dev "$tmp/dev.nt" 0.79 "$eval_dir"/dev/d*.gold.json
fi
