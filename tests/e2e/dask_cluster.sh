#!/usr/bin/env bash
# A real Dask cluster (Debian's python3-distributed) on loopback: one scheduler and two workers
# on free, non-default ports; scripts/dask_readout.py maps `readout extract` over shards of a
# corpus on the workers and reduces with `readout merge`; the result must equal `readout build`
# of the whole corpus. The cluster is stopped on exit, whatever happens.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
py=/usr/bin/python3
if dask scheduler --help >/dev/null 2>&1; then
  scheduler=(dask scheduler) worker=(dask worker)
else
  scheduler=(dask-scheduler) worker=(dask-worker)
fi
if ! "$py" -c 'import distributed' 2>/dev/null || ! "${scheduler[@]}" --help >/dev/null 2>&1; then
  echo "SKIP: Dask is not installed (Debian package python3-distributed; scripts/setup.sh installs it)"
  exit 77
fi
tmp=$(mktemp -d)
pids=()
# Workers first, then the scheduler; whatever has not exited 10 s later is killed. (A worker that is
# told to stop while its scheduler is stopping can hang in its own shutdown - seen once, in
# distributed's Worker.close - and a plain `wait` on it never returns.)
cleanup() {
  local all=("${pids[@]+"${pids[@]}"}")
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do kill "${all[i]}" 2>/dev/null || true; done
  for _ in $(seq 100); do
    local alive=0
    for pid in "${all[@]+"${all[@]}"}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for pid in "${all[@]+"${all[@]}"}"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${all[@]+"${all[@]}"}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for log in "$tmp"/*.log; do [[ -f $log ]] && { echo "--- $log" >&2; tail -20 "$log" >&2; }; done
  exit 1
}

free_port() { "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
address="tcp://127.0.0.1:$port"
export DASK_DISTRIBUTED__WORKER__DAEMON=False  # workers may start subprocesses
"${scheduler[@]}" --host 127.0.0.1 --port "$port" --no-dashboard --no-show > "$tmp/scheduler.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$tmp/worker$w"
  "${worker[@]}" "$address" --name "readout-$w" --nthreads 1 --nworkers 1 --no-nanny --no-dashboard \
    --host 127.0.0.1 --local-directory "$tmp/worker$w" > "$tmp/worker$w.log" 2>&1 &
  pids+=($!)
done

"$py" "$READOUT_SOURCE_DIR/tests/e2e/articles_to_jsonl.py" "$READOUT_SOURCE_DIR"/samples/*.txt \
  "$READOUT_SOURCE_DIR/tests/data/scale/corpus.jsonl" > "$tmp/corpus.jsonl"
"$READOUT" build "$tmp/corpus.jsonl" -o "$tmp/whole.nq" 2> /dev/null

# the same call works against a remote cluster: only the scheduler address changes
DASK_SCHEDULER_ADDRESS=$address timeout 180 "$py" "$READOUT_SOURCE_DIR/scripts/dask_readout.py" \
  --readout "$READOUT" --shard-lines 3 --wait-workers 2 --keep-shards "$tmp/shards" \
  -o "$tmp/merged.nq" "$tmp/corpus.jsonl" 2> "$tmp/client.log" || fail "dask_readout.py failed"
grep -q 'on 2 worker(s)' "$tmp/client.log" || fail "the shards did not run on two workers: $(cat "$tmp/client.log")"
shards=$(ls "$tmp/shards" | wc -l)
(( shards >= 3 )) || fail "expected at least 3 shards, got $shards"
cmp -s <(LC_ALL=C sort "$tmp/whole.nq") <(LC_ALL=C sort "$tmp/merged.nq") || fail "the Dask map/reduce differs from the whole build"
echo "dask cluster: $shards shards on 2 workers at $address merged to the whole build's $(wc -l < "$tmp/whole.nq") quads: ok"
