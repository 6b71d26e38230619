# Sourced by the tests/e2e scripts that check readout's exports with outside tools
# (io_rapper_check.sh, io_jsonld_reference.sh); not a test itself (tests/CMakeLists.txt globs
# e2e/*.sh only, not e2e/lib/).
#
# exports_dir SCRATCH: sets $dir to the folder of exports to check. That is $IO_EXPORT_DIR when
# set; otherwise SCRATCH/exports, written by `test_io "[.export]"` from $READOUT_BUILD_DIR.
# Exits the calling script with 77 (skipped) when test_io is not built, 1 when it fails.
exports_dir() {
    local scratch=$1
    dir=${IO_EXPORT_DIR:-}
    [ -n "$dir" ] && return 0
    : "${READOUT_BUILD_DIR:?READOUT_BUILD_DIR is not set}"
    local test_io="$READOUT_BUILD_DIR/tests/test_io"
    if [ ! -x "$test_io" ]; then
        echo "SKIP: $test_io is not built"
        exit 77
    fi
    dir="$scratch/exports"
    if ! READOUT_IO_EXPORT_DIR="$dir" "$test_io" "[.export]" >"$scratch/export.log" 2>&1; then
        cat "$scratch/export.log"
        echo "FAIL: test_io could not write the exports"
        exit 1
    fi
}
