#!/usr/bin/env bash
# The README's tour of the samples cannot rot (issue 5): every `$ readout ...` command shown in
# "A short tour on the samples" and "Questions" is run, and its output must be the text shown
# under it. After a deliberate change: /usr/bin/python3 tests/e2e/readme_tour.py --update ...
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
/usr/bin/python3 "$READOUT_SOURCE_DIR/tests/e2e/readme_tour.py" --readme "$READOUT_SOURCE_DIR/README.md" \
    --readout "$READOUT" --samples "$READOUT_SOURCE_DIR/samples"
