#!/usr/bin/env bash
# Soak test: `readout build` over a generated corpus of thousands of articles (plain-text files
# in nested directories and JSON Lines files, made here from templates), some of them corrupted.
# The build must finish with exit 4, every good article must be in the graph (its ro:Article
# resource), and every bad file or line must be reported by name (and line).
#   SOAK_ARTICLES (default 3000), SOAK_JOBS (default 2)
# Env (set by ctest): READOUT.
set -uo pipefail
: "${READOUT:?}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=${SOAK_ARTICLES:-3000}
corpus="$tmp/corpus"
mkdir -p "$corpus"

# Writes the corpus and two lists: good.txt (article ids that must be in the graph) and bad.txt
# (file[:line] names that must be reported). Every 40th article is corrupted in a way that must
# skip it; every 25th is damaged in a way readout repairs (so it stays good).
awk -v n="$n" -v dir="$corpus" -v good="$tmp/good.txt" -v bad="$tmp/bad.txt" 'BEGIN {
  srand(8)
  split("Ilse Tomas Amara Kofi Lena Mateo Sanna Yusuf Petra Olek Ines Ravi Mira Jonas Ada Emil", first, " ")
  split("Varnak Heller Osei Lindqvist Moreau Tanaka Okafor Brandt Silva Novak Haddad Kowal Ferreira Aalto", last, " ")
  split("Foreign Minister|Prime Minister|President|Defence Minister|Trade Minister|Ambassador", title, "|")
  split("Norway|Finland|Portugal|Kenya|Canada|Austria|Chile|Ghana|Iceland|Uruguay", country, "|")
  split("Oslo|Helsinki|Lisbon|Nairobi|Ottawa|Vienna|Santiago|Accra|Reykjavik|Montevideo", city, "|")
  split("trade|energy security|climate finance|fisheries|migration|border security|arms control|food security", issue, "|")
  split("January February March April May June July August September October November December", month, " ")
  for (d = 0; d < 7; d++) system("mkdir -p " dir "/" d "/0 " dir "/" d "/1 " dir "/" d "/2 " dir "/" d "/3 " dir "/" d "/4 " dir "/" d "/5 " dir "/" d "/6 " dir "/" d "/7 " dir "/" d "/8 " dir "/" d "/9 " dir "/" d "/10")
  for (i = 1; i <= n; i++) {
    a = first[int(rand() * 16) + 1] " " last[int(rand() * 14) + 1]
    b = first[int(rand() * 16) + 1] " " last[int(rand() * 14) + 1]
    ca = int(rand() * 10) + 1; cb = int(rand() * 10) + 1; c = int(rand() * 10) + 1
    ta = title[int(rand() * 6) + 1]; tb = title[int(rand() * 6) + 1]
    day = int(rand() * 28) + 1; mon = month[int(rand() * 12) + 1]
    head = country[ca] " and " country[cb] " discuss " issue[int(rand() * 8) + 1]
    t = int(rand() * 3)
    if (t == 0) body = country[ca] "'"'"'s " ta " " a " met " country[cb] "'"'"'s " tb " " b " in " city[c] " on " day " " mon " 2024 to discuss " issue[int(rand() * 8) + 1] " and " issue[int(rand() * 8) + 1] "."
    else if (t == 1) body = ta " " a " of " country[ca] " held talks with " tb " " b " in " city[c] " on " day " " mon " 2024. They discussed " issue[int(rand() * 8) + 1] "."
    else body = "In " city[c] " on " day " " mon " 2024, " a ", the " ta " of " country[ca] ", met " b ", " country[cb] "'"'"'s " tb ". The talks covered " issue[int(rand() * 8) + 1] "."
    id = sprintf("soak-%05d", i)
    if (i % 3 == 0) {                      # a JSON line in one of four files
      f = dir "/feed-" (i % 4) ".jsonl"; line[f]++
      if (i % 40 == 0) {
        k = int(i / 40) % 3
        if (k == 0) printf "{\"id\":\"%s\",\"text\":\"%s\n", id, body >> f                  # unterminated
        else if (k == 1) printf "[\"%s\"]\n", id >> f                                       # not an object
        else printf "{\"id\":\"%s\",\"title\":\"%s\"}\n", id, head >> f                   # no text
        print f ":" line[f] > bad
      } else {
        if (i % 25 == 0) body = body " Caf\\u00e9 \\u0000 bytes."                               # NUL inside
        printf "{\"id\":\"%s\",\"title\":\"%s\",\"date\":\"2024-01-%02d\",\"text\":\"%s\"}\n", id, head, day, body >> f
        print id > good
      }
      continue
    }
    f = dir "/" (i % 7) "/" (i % 11) "/" id ".txt"
    if (i % 40 == 0) {
      k = int(i / 40) % 4
      if (k == 0) printf "" > f                                                             # empty
      else if (k == 1) printf "<!DOCTYPE html>\n<html><body>%s</body></html>\n", body > f      # HTML
      else if (k == 2) print f > (dir "/../binary.txt")                                  # binary, written below
      else { printf "%s\n\n", head > f; for (r = 0; r < 400; r++) printf "%s ", body > f; printf "\n" > f }  # over the size limit
      close(f); print f > bad
      continue
    }
    if (i % 25 == 0) printf "\357\273\277%s\r\n\r\n%s caf\351\r\n", head, body > f           # BOM, CRLF, Latin-1
    else printf "%s\n\n%s\n", head, body > f
    close(f)
    print id > good
  }
  # the same file name in two directories: two articles, not one
  system("mkdir -p " dir "/dup-a " dir "/dup-b")
  printf "Talks in Oslo\n\nPrime Minister Lena Aalto met President Jonas Brandt in Oslo on 2 May 2024.\n" > (dir "/dup-a/twin.txt")
  printf "Talks in Lisbon\n\nPresident Ada Kowal met Ambassador Emil Novak in Lisbon on 9 May 2024.\n" > (dir "/dup-b/twin.txt")
  print "twin" > good; print "twin-2" > good
}'

touch "$tmp/binary.txt"
while IFS= read -r f; do printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xff' >"$f"; done <"$tmp/binary.txt"
ngood=$(wc -l <"$tmp/good.txt"); nbad=$(wc -l <"$tmp/bad.txt")
echo "corpus: $((ngood + nbad)) articles ($ngood good, $nbad corrupted) in $(find "$corpus" -type f | wc -l) files"

start=$SECONDS
"$READOUT" build "$corpus" -j "${SOAK_JOBS:-2}" --max-article-bytes 20000 -o "$tmp/graph.nt" 2>"$tmp/err"; rc=$?
echo "build: exit $rc in $((SECONDS - start)) s; $(tail -1 "$tmp/err")"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
if ((rc >= 128)) || grep -q 'Sanitizer\|runtime error:' "$tmp/err"; then fail "crashed: $(tail -20 "$tmp/err")"; fi
[[ $rc == 4 ]] || fail "exit $rc, expected 4 (output written, some input skipped)"

# every good article is an ro:Article of the graph
grep -o '<https://w3id.org/readout/id/article/[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/readout/ontology#Article>' \
  "$tmp/graph.nt" | sed 's|^<https://w3id.org/readout/id/article/||; s|>.*||' | sort -u >"$tmp/in-graph.txt"
sort -u "$tmp/good.txt" >"$tmp/good.sorted"
missing=$(comm -23 "$tmp/good.sorted" "$tmp/in-graph.txt" | wc -l)
extra=$(comm -13 "$tmp/good.sorted" "$tmp/in-graph.txt" | wc -l)
((missing == 0)) || fail "$missing good article(s) missing from the graph, e.g. $(comm -23 "$tmp/good.sorted" "$tmp/in-graph.txt" | head -3 | tr '\n' ' ')"
((extra == 0)) || fail "$extra article(s) in the graph that should have been skipped, e.g. $(comm -13 "$tmp/good.sorted" "$tmp/in-graph.txt" | head -3 | tr '\n' ' ')"
grep -q "readout: $ngood article(s)" "$tmp/err" || fail "the summary does not count $ngood articles"

# every bad one is reported: "file: error" or "file:line:...: error"
unreported=0
while IFS= read -r where; do
  grep -Fq "readout: $where: error" "$tmp/err" || grep -Fq "readout: $where:" "$tmp/err" || {
    unreported=$((unreported + 1)); ((unreported <= 3)) && echo "not reported: $where" >&2; }
done <"$tmp/bad.txt"
((unreported == 0)) || fail "$unreported corrupted input(s) not reported"
grep -q "twin.txt: warning: article id 'twin' is also used by" "$tmp/err" || fail "the duplicate article id is not reported"

if ((failures)); then echo "soak: $failures failure(s)" >&2; exit 1; fi
echo "soak: ok ($ngood good articles in the graph, $nbad corrupted ones reported)"
