#!/usr/bin/env bash
# A real triple store (issue 6): starts a private Virtuoso (Debian's virtuoso-opensource) on
# loopback only, with its own temporary database and virtuoso.ini on free ports, bulk-loads the
# N-Quads export of the samples (one named graph per article, the default graph into
# $DEFAULT_GRAPH), checks every quad arrived, then runs the SPARQL equivalents of the documented
# questions ("who attended Jakarta" and the rest, taken from docs-src/query.md by
# tests/e2e/sparql_check.py) through its SPARQL endpoint and compares them with `readout query`.
# The server is stopped and the directory removed on exit.
# Env (set by ctest): READOUT, READOUT_SOURCE_DIR. Exit 77 = skipped (Virtuoso not installable).
set -euo pipefail
: "${READOUT:?}" "${READOUT_SOURCE_DIR:?}"
if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
    echo "SKIP: Virtuoso is not installed (Debian package virtuoso-opensource; scripts/setup.sh installs it)"
    exit 77
fi
DEFAULT_GRAPH=https://w3id.org/readout/id/graph/default

tmp=$(mktemp -d)
pid=""
stop() {
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap stop EXIT

# Two free loopback ports: the SQL/ODBC port (isql) and the HTTP port (/sparql).
read -r sql_port http_port < <(/usr/bin/python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
for s in socks: s.close()')

mkdir -p "$tmp/db" "$tmp/data"
cat >"$tmp/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $tmp/db/virtuoso.db
ErrorLogFile       = $tmp/db/virtuoso.log
LockFile           = $tmp/db/virtuoso.lck
TransactionFile    = $tmp/db/virtuoso.trx
xa_persistent_file = $tmp/db/virtuoso.pxa
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $tmp/db/virtuoso-temp.db
TransactionFile    = $tmp/db/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql_port
DisableUnixSocket    = 1
MaxClientConnections = 4
CheckpointInterval   = 0
CaseMode             = 2
DirsAllowed          = ., $tmp/data
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $tmp/db
MaxClientConnections = 4
ServerThreads        = 4

[SPARQL]
ResultSetMaxRows        = 100000
MaxQueryExecutionTime   = 60
EOF

"$READOUT" build "$READOUT_SOURCE_DIR/samples" -o "$tmp/data/samples.nq" 2>"$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
"$READOUT" export "$tmp/data/samples.nq" -o "$tmp/samples.ttl"

start=$SECONDS
virtuoso-t +foreground +configfile "$tmp/virtuoso.ini" >"$tmp/server.out" 2>&1 &
pid=$!
isql() { isql-vt "127.0.0.1:$sql_port" dba dba "$@"; }
until isql exec="SELECT 1;" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: virtuoso-t exited"; cat "$tmp/server.out" "$tmp/db/virtuoso.log" 2>/dev/null | tail -20; exit 1
    fi
    if ((SECONDS - start > 300)); then echo "FAIL: virtuoso-t did not accept connections in 300 s"; exit 1; fi
    sleep 0.5
done
echo "virtuoso: up on 127.0.0.1:$sql_port (SQL) and 127.0.0.1:$http_port (HTTP) after $((SECONDS - start)) s"

# Bulk load: ld_dir registers the file (quads keep their graph, triples go to DEFAULT_GRAPH),
# rdf_loader_run loads it; LOAD_LIST records the outcome (ll_state 2 = done, ll_error NULL).
isql exec="ld_dir('$tmp/data', '*.nq', '$DEFAULT_GRAPH'); rdf_loader_run(); checkpoint;" >"$tmp/load.log" 2>&1 \
    || { cat "$tmp/load.log"; echo "FAIL: bulk load"; exit 1; }
state=$(isql exec="SELECT ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file = '$tmp/data/samples.nq';" 2>&1)
if ! grep -qE '^2 +NULL' <<<"$state"; then
    echo "$state"; echo "FAIL: samples.nq did not load cleanly"; exit 1
fi

endpoint="http://127.0.0.1:$http_port/sparql"
# Every quad arrived: readout's quads (default graph included) = Virtuoso's quads in those graphs.
expected=$(grep -c . "$tmp/data/samples.nq")
loaded=$(curl -sS --fail -m 60 -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(?g = <$DEFAULT_GRAPH> || STRSTARTS(STR(?g), \"https://w3id.org/readout/id/article/\")) }" \
  "$endpoint" | tail -1)
if [[ $loaded != "$expected" ]]; then
    echo "FAIL: Virtuoso holds $loaded quads of readout's graphs, the export has $expected"; exit 1
fi
echo "ok   $expected quads loaded, in $(isql exec="SPARQL SELECT COUNT(DISTINCT ?g) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/readout/id/article/')) };" 2>/dev/null | grep -E '^[0-9]+$' | head -1) article graphs"

/usr/bin/python3 "$READOUT_SOURCE_DIR/tests/e2e/sparql_check.py" --doc "$READOUT_SOURCE_DIR/docs-src/query.md" \
    --readout "$READOUT" --graph "$tmp/samples.ttl" --endpoint "$endpoint" "$@"
