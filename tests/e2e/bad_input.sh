#!/usr/bin/env bash
# Bad input never crashes readout, never loses the good input next to it, and never damages a
# previous output file. Walks the cases in tests/data/bad_input/:
#   build/<case>.{txt,jsonl} + <case>.expect   `readout build <case> good.txt`
#   graphs/<case>.* + <case>.expect             `readout query <case> ...` and `readout export <case>`
# An .expect file holds lines `exit: N`, `stderr: ERE` (a line of stderr must match),
# `stderr-none: ERE` (no line may match) and `graph: TEXT` (the N-Triples output holds TEXT).
# The cases too large or too odd for a data file are generated here: a 100 MB single line, an
# over-long line, stdin, missing and unreadable files, a directory with thousands of files, and
# interrupted or failing runs over an existing output file.
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR.
set -uo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
data="$READOUT_SOURCE_DIR/tests/data/bad_input"
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# check_expect EXPECT_FILE RC STDERR_FILE [GRAPH_FILE]
check_expect() {
  local expect=$1 rc=$2 err=$3 graph=${4:-} key value name
  name=$(basename "$expect" .expect)
  while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    key=${line%%: *}; value=${line#*: }
    case $key in
      exit) [[ $rc == "$value" ]] || fail "$name: exit $rc, expected $value; stderr:
$(cat "$err")";;
      stderr) grep -Eq -- "$value" "$err" || fail "$name: no stderr line matches /$value/; stderr:
$(cat "$err")";;
      stderr-none) if grep -Eq -- "$value" "$err"; then fail "$name: stderr should not match /$value/:
$(cat "$err")"; fi;;
      graph) [[ -n $graph ]] && { grep -Fq -- "$value" "$graph" || fail "$name: the graph lacks '$value'"; };;
      *) fail "$name: unknown key '$key' in $expect";;
    esac
  done <"$expect"
}

# A crash (signal) or sanitizer report is never acceptable, whatever the exit code.
no_crash() {  # name rc stderr
  if (($2 >= 128)) || grep -q 'Sanitizer\|runtime error:' "$3"; then fail "$1: crashed (exit $2): $(head -20 "$3")"; fi
}

good="$data/good.txt"
good_id=$(basename "$good" .txt)

# ---- 1. article cases from data files
for input in "$data"/build/*; do
  [[ $input == *.expect ]] && continue
  name=$(basename "${input%.*}")
  expect="$data/build/$name.expect"
  [[ -f $expect ]] || { fail "$name: no $expect"; continue; }
  "$READOUT" build "$input" "$good" -o "$tmp/$name.nt" 2>"$tmp/$name.err"; rc=$?
  no_crash "$name" $rc "$tmp/$name.err"
  check_expect "$expect" $rc "$tmp/$name.err" "$tmp/$name.nt"
  # the good article next to the bad one is always in the graph
  grep -q "$good_id" "$tmp/$name.nt" 2>/dev/null || fail "$name: the good article $good_id is missing from the graph"
  echo "build $name: exit $rc"
done

# CRLF and BOM copies of an article give exactly the graph of the original (same file name).
mkdir -p "$tmp/lf" "$tmp/crlf" "$tmp/bom"
cp "$good" "$tmp/lf/article.txt"
sed 's/$/\r/' "$good" >"$tmp/crlf/article.txt"
{ printf '\xef\xbb\xbf'; cat "$good"; } >"$tmp/bom/article.txt"
for v in lf crlf bom; do
  (cd "$tmp/$v" && "$READOUT" build article.txt -o out.nt 2>err) || fail "$v copy: exit $?: $(cat "$tmp/$v/err")"
done
cmp -s "$tmp/lf/out.nt" "$tmp/crlf/out.nt" || fail "CRLF line ends change the graph: $(diff "$tmp/lf/out.nt" "$tmp/crlf/out.nt" | head)"
cmp -s "$tmp/lf/out.nt" "$tmp/bom/out.nt" || fail "a byte-order mark changes the graph: $(diff "$tmp/lf/out.nt" "$tmp/bom/out.nt" | head)"
echo "CRLF and BOM: same graph as LF"

# ---- 2. generated cases
# 2a. A 100 MB single line, as a .txt file, as a JSON line, and on stdin: skipped without reading
# it whole (peak memory stays far below its size), the good article is still read.
head -c 100000000 /dev/zero | tr '\0' 'a' >"$tmp/huge-line.txt"
{ printf '{"id":"huge","text":"'; cat "$tmp/huge-line.txt"; printf '"}\n{"id":"after-huge","text":"Foreign Minister Ilse Varnak met Prime Minister Tomas Heller in Oslo."}\n'; } >"$tmp/huge-line.jsonl"
timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f 'maxrss_kb %M')
for input in "$tmp/huge-line.txt" "$tmp/huge-line.jsonl" -; do
  name="huge-line$([[ $input == - ]] && echo -stdin || echo ".${input##*.}")"
  "${timer[@]}" "$READOUT" build "$input" "$good" -o "$tmp/huge.nt" 2>"$tmp/huge.err" <"$tmp/huge-line.txt"; rc=$?
  no_crash "$name" $rc "$tmp/huge.err"
  [[ $rc == 4 ]] || fail "$name: exit $rc, expected 4: $(head -5 "$tmp/huge.err")"
  grep -Eq 'over the limit of 1048576 bytes \(--max-article-bytes\); skipped' "$tmp/huge.err" ||
    fail "$name: no over-the-limit message: $(head -5 "$tmp/huge.err")"
  if [[ $input == *.jsonl ]]; then
    grep -q 'huge-line.jsonl:1: error: line is 100000023 bytes' "$tmp/huge.err" || fail "$name: the message does not name line 1"
    grep -q after-huge "$tmp/huge.nt" || fail "$name: the line after the huge one was lost"
  fi
  rss=$(sed -n 's/^maxrss_kb //p' "$tmp/huge.err")
  if [[ -n $rss ]] && ((rss > 90000)) && [[ -z ${READOUT_SANITIZED:-} ]]; then
    fail "$name: peak memory ${rss} kB: the 100 MB line was held in memory"
  fi
  echo "build $name: exit $rc, peak memory ${rss:-?} kB"
done
rm -f "$tmp/huge-line.txt" "$tmp/huge-line.jsonl"

# 2a'. JSON nested two million levels deep: an error for that line, not a stack overflow.
{ printf '{"id":"deep","text":'; head -c 2000000 /dev/zero | tr '\0' '['; printf '\n'; } >"$tmp/deep.jsonl"
"$READOUT" build "$tmp/deep.jsonl" "$good" --max-article-bytes 4000000 -o "$tmp/deep.nt" 2>"$tmp/deep.err"; rc=$?
no_crash "deep nesting" $rc "$tmp/deep.err"
[[ $rc == 4 ]] && grep -q 'deep.jsonl:1:[0-9]*: error: invalid JSON' "$tmp/deep.err" || fail "deep nesting: exit $rc: $(cat "$tmp/deep.err")"
echo "build deep-nesting.jsonl: exit $rc"

# 2b. A line longer than --max-line-bytes (not prose: minified markup, base64).
{ echo "Title"; head -c 3000 /dev/zero | tr '\0' 'b'; echo; } >"$tmp/long-line.txt"
"$READOUT" build "$tmp/long-line.txt" "$good" --max-line-bytes 2000 -o "$tmp/long.nt" 2>"$tmp/long.err"; rc=$?
[[ $rc == 4 ]] && grep -q 'long-line.txt:2: error: line is over the line length limit of 2000 bytes (--max-line-bytes)' "$tmp/long.err" ||
  fail "long line: exit $rc: $(cat "$tmp/long.err")"
"$READOUT" build "$tmp/long-line.txt" --max-line-bytes 5000 -o "$tmp/long.nt" 2>"$tmp/long.err" || fail "long line under a raised limit: exit $?"
echo "build long-line: limits are options"

# 2c. Missing file; a file that cannot be opened; a file that fails while being read.
"$READOUT" build "$tmp/no-such-file.txt" "$good" -o "$tmp/m.nt" 2>"$tmp/m.err"; rc=$?
[[ $rc == 4 ]] && grep -q "no-such-file.txt: error: no such file or directory" "$tmp/m.err" || fail "missing file: exit $rc: $(cat "$tmp/m.err")"
"$READOUT" build "$tmp/no-such-file.txt" -o "$tmp/m.nt" 2>"$tmp/m.err"; rc=$?
[[ $rc == 3 ]] && grep -q "no article could be read" "$tmp/m.err" || fail "only a missing file: exit $rc: $(cat "$tmp/m.err")"
echo "build missing file: exit 4 (3 when nothing else)"
# /proc/self/mem cannot be read at offset 0 (EIO), even by root.
if [[ -r /proc/self/mem ]]; then
  "$READOUT" build /proc/self/mem "$good" -o "$tmp/e.nt" 2>"$tmp/e.err"; rc=$?
  no_crash "read error" $rc "$tmp/e.err"
  [[ $rc == 4 ]] && grep -q "/proc/self/mem: error: read error" "$tmp/e.err" || fail "read error: exit $rc: $(cat "$tmp/e.err")"
  echo "build read error: exit $rc"
fi
# Permissions do not stop root, so when root the unreadable case runs as nobody (setpriv).
as_user=()
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as_user=(skip); fi
  # nobody must be able to run the binary (a checkout under /root is not reachable)
  if [[ ${as_user[0]} != skip ]] && ! "${as_user[@]}" "$READOUT" --version >/dev/null 2>&1; then as_user=(skip); fi
fi
if [[ ${as_user[0]:-} != skip ]]; then
  mkdir -p "$tmp/perm"; cp "$good" "$tmp/perm/good.txt"; cp "$good" "$tmp/perm/secret.txt"
  chmod 755 "$tmp"; chmod 777 "$tmp/perm"; chmod 644 "$tmp/perm/good.txt"; chmod 000 "$tmp/perm/secret.txt"
  "${as_user[@]}" "$READOUT" build "$tmp/perm/secret.txt" "$tmp/perm/good.txt" -o "$tmp/perm/out.nt" 2>"$tmp/perm/err"; rc=$?
  [[ $rc == 4 ]] && grep -q "secret.txt: error: cannot open: Permission denied" "$tmp/perm/err" ||
    fail "unreadable file: exit $rc: $(cat "$tmp/perm/err")"
  echo "build unreadable file: exit $rc"
else
  echo "note: unreadable-file case skipped: running as root, root reads any file, and setpriv or a binary nobody may run is missing"
fi

# 2d. A directory with thousands of files (some empty, some not articles at all).
mkdir -p "$tmp/many/sub"
for i in $(seq 1 2500); do
  printf 'Talks number %d\n\nForeign Minister Ilse Varnak met Prime Minister Tomas Heller in Oslo on %d March 2024.\n' "$i" $((i % 28 + 1)) >"$tmp/many/sub/a$i.txt"
done
: >"$tmp/many/empty.txt"; echo '<html></html>' >"$tmp/many/page.html"; printf '\x00\x01\x02' >"$tmp/many/blob.bin"
start=$SECONDS
"$READOUT" build "$tmp/many" -o "$tmp/many.nt" 2>"$tmp/many.err"; rc=$?
no_crash "many files" $rc "$tmp/many.err"
[[ $rc == 4 ]] || fail "many files: exit $rc: $(tail -3 "$tmp/many.err")"
grep -q "readout: 2500 article(s)" "$tmp/many.err" || fail "many files: not every article read: $(tail -3 "$tmp/many.err")"
grep -q "empty.txt: warning: empty article; skipped" "$tmp/many.err" || fail "many files: the empty file is not reported"
grep -q "many: note: 2 file(s) without a .txt, .jsonl or .ndjson extension ignored" "$tmp/many.err" || fail "many files: ignored files not reported"
echo "build 2500 files: exit $rc in $((SECONDS - start)) s"

# ---- 3. malformed graph files for query and export
for input in "$data"/graphs/*; do
  [[ $input == *.expect ]] && continue
  name=$(basename "${input%.*}")
  expect="$data/graphs/$name.expect"
  "$READOUT" query "$input" "who met Ilse Varnak" >"$tmp/q.out" 2>"$tmp/q.err"; rc=$?
  no_crash "query $name" $rc "$tmp/q.err"
  check_expect "$expect" $rc "$tmp/q.err"
  echo "previous" >"$tmp/export.nt"
  "$READOUT" export "$input" -o "$tmp/export.nt" 2>"$tmp/x.err"; xrc=$?
  no_crash "export $name" $xrc "$tmp/x.err"
  if [[ $rc == 3 ]]; then
    [[ $xrc == 3 ]] || fail "export $name: exit $xrc, expected 3"
    [[ $(cat "$tmp/export.nt") == previous ]] || fail "export $name: a failed export changed the output file"
    grep -q "$(basename "$input")" "$tmp/x.err" || fail "export $name: the message does not name the file"
  else
    [[ $xrc == 0 ]] || fail "export $name: exit $xrc, expected 0"
  fi
  echo "query/export $name: exit $rc/$xrc"
done
"$READOUT" query "$tmp/missing.ttl" "who met X" 2>"$tmp/q.err"; rc=$?
[[ $rc == 3 ]] && grep -q "missing.ttl" "$tmp/q.err" || fail "query on a missing graph: exit $rc: $(cat "$tmp/q.err")"

# ---- 4. a failing or interrupted run leaves the previous output as it was
"$READOUT" build "$good" -o "$tmp/prev.ttl" 2>/dev/null || fail "cannot build the previous output"
cp "$tmp/prev.ttl" "$tmp/prev.orig"
same_as_before() { cmp -s "$tmp/prev.ttl" "$tmp/prev.orig" || fail "$1: the previous output file changed"; }
"$READOUT" build "$tmp/no-such-file.txt" -o "$tmp/prev.ttl" 2>/dev/null; rc=$?
[[ $rc == 3 ]] || fail "nothing to build: exit $rc"; same_as_before "nothing to build"
"$READOUT" dot "$tmp/prev.ttl" --focus "Nobody At All" -o "$tmp/prev.ttl" 2>/dev/null; rc=$?
((rc != 0)) || fail "dot with an unknown focus: exit 0"; same_as_before "dot with an unknown focus"
echo x >"$tmp/not-a-dir"
"$READOUT" build "$good" -o "$tmp/not-a-dir/out.ttl" 2>"$tmp/w.err"; rc=$?
[[ $rc == 5 ]] && grep -q "cannot write" "$tmp/w.err" || fail "unwritable path: exit $rc: $(cat "$tmp/w.err")"
if [[ ${as_user[0]:-} != skip ]]; then
  mkdir -p "$tmp/ro"; cp "$tmp/prev.ttl" "$tmp/ro/out.ttl"; chmod 555 "$tmp/ro"; chmod 644 "$tmp/ro/out.ttl"
  "${as_user[@]}" "$READOUT" build "$good" -o "$tmp/ro/out.ttl" 2>"$tmp/w.err"; rc=$?
  [[ $rc == 5 ]] || fail "read-only directory: exit $rc: $(cat "$tmp/w.err")"
  cmp -s "$tmp/ro/out.ttl" "$tmp/prev.orig" || fail "read-only directory: the previous output changed"
  [[ $(ls -A "$tmp/ro") == out.ttl ]] || fail "read-only directory: stray files $(ls -A "$tmp/ro")"
  echo "write into a read-only directory: exit $rc, previous output kept"
fi
# kill -9 at several moments of a large build: the output is always either the previous file or
# the complete new one, never a partial file.
"$READOUT" build "$tmp/many" -o "$tmp/new.ttl" 2>/dev/null
for delay in 0.05 0.2 0.5 1 2 3 10; do
  cp "$tmp/prev.orig" "$tmp/prev.ttl"
  "$READOUT" build "$tmp/many" -o "$tmp/prev.ttl" 2>/dev/null &
  pid=$!
  sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if cmp -s "$tmp/prev.ttl" "$tmp/prev.orig"; then state=previous
  elif cmp -s "$tmp/prev.ttl" "$tmp/new.ttl"; then state=new
  else state=broken; fail "kill -9 after ${delay}s left a file that is neither the previous nor the new output"; fi
  echo "kill -9 after ${delay}s: output is the $state file"
done

if ((failures)); then echo "bad_input: $failures failure(s)" >&2; exit 1; fi
echo "bad_input: ok"
