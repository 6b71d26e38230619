#!/usr/bin/env bash
# End to end over samples/: build every format, ask the foundation question, check the outputs agree.
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/g.ttl"
for ext in nt nq jsonld; do "$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/g.$ext"; done

# the foundation question: exactly the two people who met in Jakarta
answer=$("$READOUT" query "$tmp/g.ttl" "who attended Jakarta" --format json)
labels=$(printf '%s' "$answer" | grep -o '"label": *"[^"]*"' | sed 's/.*: *"//; s/"$//' | sort | tr '\n' '|')
[[ $labels == "Antony Blinken|Wang Yi|" ]] || fail "who attended Jakarta gave: $answer"
# every graph format answers the same
for ext in nt nq jsonld; do
  other=$("$READOUT" query "$tmp/g.$ext" "who attended Jakarta" --format json)
  [[ $other == "$answer" ]] || fail "query over .$ext differs: $other"
done

# rapper parses the Turtle and N-Triples without errors, and they hold the same number of triples
if command -v rapper >/dev/null 2>&1; then
  rapper -i turtle -c "$tmp/g.ttl" > "$tmp/rapper.ttl.log" 2>&1 || fail "rapper rejects g.ttl: $(cat "$tmp/rapper.ttl.log")"
  rapper -i ntriples -c "$tmp/g.nt" > "$tmp/rapper.nt.log" 2>&1 || fail "rapper rejects g.nt: $(cat "$tmp/rapper.nt.log")"
  if grep -qiE 'error|warning' "$tmp/rapper.ttl.log" "$tmp/rapper.nt.log"; then fail "rapper reports problems"; fi
  n_ttl=$(grep -o 'returned [0-9]* triples' "$tmp/rapper.ttl.log" | grep -o '[0-9]*')
  n_nt=$(grep -o 'returned [0-9]* triples' "$tmp/rapper.nt.log" | grep -o '[0-9]*')
  [[ -n $n_ttl && $n_ttl == "$n_nt" ]] || fail "turtle has $n_ttl triples, n-triples $n_nt"
  # the N-Quads, without graph names, are the N-Triples
  sort -u "$tmp/g.nt" > "$tmp/a"
  "$READOUT" export "$tmp/g.nq" -o "$tmp/back.nt"
  sort -u "$tmp/back.nt" > "$tmp/b"
  cmp -s "$tmp/a" "$tmp/b" || fail "nq and nt differ"
fi

# the actors diagram
"$READOUT" dot "$tmp/g.ttl" -o "$tmp/actors.dot"
grep -q 'Antony Blinken' "$tmp/actors.dot" || fail "actors diagram lacks Antony Blinken"
if command -v dot >/dev/null 2>&1; then dot -Tsvg "$tmp/actors.dot" -o "$tmp/actors.svg" || fail "dot cannot render the diagram"; fi

# exit codes: usage, unreadable input, no answer
set +e
"$READOUT" build >/dev/null 2>&1; [[ $? == 2 ]] || fail "usage error should exit 2"
"$READOUT" build /nonexistent -o "$tmp/x.ttl" >/dev/null 2>&1; [[ $? == 3 ]] || fail "missing input should exit 3"
[[ -e $tmp/x.ttl ]] && fail "a failed build left an output file"
"$READOUT" query "$tmp/g.ttl" "who attended Atlantis" >/dev/null 2>&1; [[ $? == 1 ]] || fail "unknown place should exit 1"
"$READOUT" query "$tmp/g.ttl" "frobnicate the graph" >/dev/null 2>&1; [[ $? == 2 ]] || fail "unparsable question should exit 2"
set -e
echo "samples end to end: ok"
