# Sourced by scripts/test.sh and scripts/sanitize.sh: `phase NAME COMMAND...` runs COMMAND and
# prints how long it took (wall seconds) as `phase: NAME Ns`, on success and on failure alike; the
# line is also appended to $READOUT_PHASE_LOG when set (.ci/run prints them all at the end).
phase() {
    local name=$1 start=$SECONDS rc=0
    shift
    "$@" || rc=$?
    local line
    line=$(printf 'phase: %-16s %5ds%s' "$name" $((SECONDS - start)) "$([[ $rc == 0 ]] || echo "  (failed, exit $rc)")")
    echo "$line" >&2
    [[ -z ${READOUT_PHASE_LOG:-} ]] || echo "$line" >>"$READOUT_PHASE_LOG"
    return $rc
}
