#!/usr/bin/env bash
# PostgreSQL benchmark, one command, never run by CI:   bench/postgres.sh
#  1. ingest: a simulated backlog through `quantrac ingest --db postgres://…`, side by side with `psql \copy`
#     of the same values into an equivalent table with a primary key (target ≥ 0.5 × the \copy rate);
#  2. queries through the store contract, for PostgreSQL and SQLite alike (bench/store): latest values of every
#     station of a 3,000-station registry, and hourly means of one station-year; p50 / p95.
# Size: STATIONS=25 DAYS=2 for the ingest part (as bench/ingest.sh); QUERY_STATIONS=750 per type (3,000).
# Other: QUERIES=0 (ingest part only), BATCH_SIZE=N (quantrac --batch-size; default: the product default),
#        WRITERS=N (quantrac --writers: batches committed at once; default: the store's, 2 for PostgreSQL),
#        WORK=DIR (reuse the simulated backlog in DIR across runs; created when missing, never deleted),
#        BASELINE=DIR (another checkout, e.g. `git worktree add /tmp/base main`: its ./quantrac ingests the same
#        backlog in the same run, after this one, for before/after figures under the same load).
# Needs root for scripts/postgres-for-tests.sh (installs and starts PostgreSQL when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
STATIONS=${STATIONS:-25}
DAYS=${DAYS:-2}
QUERY_STATIONS=${QUERY_STATIONS:-750}
QUERIES=${QUERIES:-1}
BATCH_SIZE=${BATCH_SIZE:-}
WRITERS=${WRITERS:-}

server="$(scripts/postgres-for-tests.sh)"
host_opts=(-h 127.0.0.1 -p 5432 -U quantrac)
export PGPASSWORD=quantrac
fresh_db() { psql "${host_opts[@]}" -d postgres -q -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
timed() { local f="$1"; shift; local TIMEFORMAT='%R %U %S'; { time "$@" 2>&3; } 3>&2 2>"$f"; }
# CPU seconds of the server backends of database $1 while a command runs: pg_cpu_start DB; …; pg_cpu_stop FILE
pg_cpu_start() { python3 bench/lib/pg-cpu.py "$1" >"$W/pg-cpu.out" & pg_cpu_pid=$!; sleep 0.2; }
pg_cpu_stop() { kill "$pg_cpu_pid"; wait "$pg_cpu_pid" || true; cp "$W/pg-cpu.out" "$1"; }

./quantrac --help >/dev/null
if [ -n "${WORK:-}" ]; then W="$WORK"; mkdir -p "$W"; rm -rf "$W/sqlite-query"
else W="$(mktemp -d "${TMPDIR:-/tmp}/quantrac-pgbench.XXXXXX")"; trap 'rm -rf "$W"' EXIT; fi

if [ ! -f "$W/values.csv" ]; then
  echo "== simulating $STATIONS station(s) of each type × $DAYS day(s)" >&2
  ./quantrac simulate --out "$W/inbox" --stations "$STATIONS" --days "$DAYS" --seed 1 >&2
  python3 bench/lib/values-csv.py "$W/inbox" "$W/values.csv"
fi
find "$W/inbox" -type f -print0 | xargs -0 cat >/dev/null
cat "$W/values.csv" >/dev/null

fresh_db qt_bench_ingest
db="postgres://quantrac:quantrac@127.0.0.1:5432/qt_bench_ingest"
./quantrac stations import --db "$db" "$W/inbox.stations.json" >&2
echo "== quantrac ingest --db postgres" >&2
batch=()
[ -n "$BATCH_SIZE" ] && batch=(--batch-size "$BATCH_SIZE")
writers=()
[ -n "$WRITERS" ] && writers=(--writers "$WRITERS")
pg_cpu_start qt_bench_ingest
timed "$W/q.time" ./quantrac ingest --db "$db" "${batch[@]}" "${writers[@]}" "$W/inbox" >"$W/ingest.json"
pg_cpu_stop "$W/q.pg"

if [ -n "${BASELINE:-}" ]; then
  "$BASELINE/quantrac" --help >/dev/null
  fresh_db qt_bench_base
  "$BASELINE/quantrac" stations import --db "${db%/*}/qt_bench_base" "$W/inbox.stations.json" >&2
  echo "== baseline ($BASELINE) quantrac ingest --db postgres" >&2
  pg_cpu_start qt_bench_base
  timed "$W/b.time" "$BASELINE/quantrac" ingest --db "${db%/*}/qt_bench_base" "${batch[@]}" "$W/inbox" >"$W/base.json"
  pg_cpu_stop "$W/b.pg"
fi

fresh_db qt_bench_copy
psql "${host_opts[@]}" -d qt_bench_copy -q -c "CREATE TABLE obs(station text, parameter text, observed_at text, value text, unit text, status text, PRIMARY KEY(station, parameter, observed_at))"
echo "== psql \\copy" >&2
pg_cpu_start qt_bench_copy
timed "$W/c.time" psql "${host_opts[@]}" -d qt_bench_copy -q -c "\\copy obs FROM '$W/values.csv' WITH (FORMAT csv, HEADER true)"
pg_cpu_stop "$W/c.pg"
c_values=$(psql "${host_opts[@]}" -d qt_bench_copy -tA -c "SELECT count(*) FROM obs")

# The same rows as QuanTrac stored them, into a table with exactly the columns, types, collations and primary key of
# its observations (one table, not partitioned: if anything an easier target). Exported untimed from the ingest above.
psql "${host_opts[@]}" -d qt_bench_ingest -q -c "\\copy (SELECT * FROM observations) TO '$W/stored.csv' WITH (FORMAT csv, HEADER true)"
fresh_db qt_bench_copy_eq
psql "${host_opts[@]}" -d qt_bench_copy_eq -q -c "$(pg_dump "${host_opts[@]}" -d qt_bench_ingest --schema-only -t observations \
  | sed -n '/^CREATE TABLE public.observations (/,/^)/p' | sed 's/^)$/)/; s/^CREATE TABLE public.observations/CREATE TABLE obs/')" \
  -c "ALTER TABLE obs ADD PRIMARY KEY (station_id, parameter, observed_at)"
echo "== psql \\copy, same columns as observations" >&2
pg_cpu_start qt_bench_copy_eq
timed "$W/e.time" psql "${host_opts[@]}" -d qt_bench_copy_eq -q -c "\\copy obs FROM '$W/stored.csv' WITH (FORMAT csv, HEADER true)"
pg_cpu_stop "$W/e.pg"

mkdir -p bench/out
out="bench/out/postgres-$(date +%Y%m%d-%H%M%S).txt"
python3 - "$W/ingest.json" "$(cat "$W/q.time")" "$c_values" "$(cat "$W/c.time")" "$(cat "$W/q.pg")" "$(cat "$W/c.pg")" \
  "${BASELINE:-}" "$W/base.json" "$(cat "$W/b.time" 2>/dev/null || true)" "$(cat "$W/b.pg" 2>/dev/null || true)" \
  "$(cat "$W/e.time")" "$(cat "$W/e.pg")" <<'PY' | tee "$out"
import json, os, sys
s = json.load(open(sys.argv[1])); qs, qu, qk = map(float, sys.argv[2].split())
cv = int(sys.argv[3]); cs, cu, ck = map(float, sys.argv[4].split()); qp, cp = float(sys.argv[5]), float(sys.argv[6])
qf, qv = s["files"], s["records"]
load = " ".join(open("/proc/loadavg").read().split()[:3])
print(f"PostgreSQL ingest — {qf} files, load average {load}")
print(f"{'':22}{'values':>9}{'seconds':>9}{'files/s':>9}{'values/s':>10}{'client CPU s':>14}{'server CPU s':>14}")
print(f"{'quantrac ingest --db':22}{qv:>9}{qs:>9.2f}{qf / qs:>9,.0f}{qv / qs:>10,.0f}{qu + qk:>14.2f}{qp:>14.2f}")
if sys.argv[7]:
    b = json.load(open(sys.argv[8])); bs, bu, bk = map(float, sys.argv[9].split()); bp = float(sys.argv[10])
    print(f"{'baseline ingest --db':22}{b['records']:>9}{bs:>9.2f}{b['files'] / bs:>9,.0f}{b['records'] / bs:>10,.0f}{bu + bk:>14.2f}{bp:>14.2f}")
label = "psql \\copy"
print(f"{label:22}{cv:>9}{cs:>9.2f}{qf / cs:>9,.0f}{cv / cs:>10,.0f}{cu + ck:>14.2f}{cp:>14.2f}")
es, eu, ek = map(float, sys.argv[11].split()); ep = float(sys.argv[12])
label = "psql \\copy, same cols"
print(f"{label:22}{cv:>9}{es:>9.2f}{qf / es:>9,.0f}{cv / es:>10,.0f}{eu + ek:>14.2f}{ep:>14.2f}")
print(f"ratio quantrac values/s ÷ copy values/s: {(qv / qs) / (cv / cs):.2f}  (target ≥ 0.5)")
print(f"ratio to the copy into a table with the observations' own columns: {(qv / qs) / (cv / es):.2f}")
print(f"ratio on CPU per value (client + server): {(cu + ck + cp) / cv / ((qu + qk + qp) / qv):.2f}")
if sys.argv[7]:
    print(f"baseline ratio: {(b['records'] / bs) / (cv / cs):.2f} wall, {(cu + ck + cp) / cv / ((bu + bk + bp) / b['records']):.2f} CPU")
print("(server CPU: the database's backends only, sampled from /proc; WAL writer and checkpointer not counted)")
PY

[ "$QUERIES" = 0 ] && { echo "written to $out" >&2; exit 0; }
echo "== query latencies (loads $QUERY_STATIONS stations per type and one station-year per type on first use)" >&2
dotnet build bench/store -c Release -o .build/bench-store -nologo -v quiet >&2
fresh_db qt_bench_query
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --db "postgres://quantrac:quantrac@127.0.0.1:5432/qt_bench_query" --stations "$QUERY_STATIONS" | tee -a "$out"
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --data "$W/sqlite-query" --stations "$QUERY_STATIONS" | tee -a "$out"
echo "written to $out" >&2
