#!/usr/bin/env bash
# PostgreSQL benchmark, one command, never run by CI:   bench/postgres.sh
#  1. ingest: a simulated backlog through `quantrac ingest --db postgres://…`, side by side with `psql \copy`
#     of the same values into an equivalent table with a primary key (target ≥ 0.5 × the \copy rate);
#  2. queries through the store contract, for PostgreSQL and SQLite alike (bench/store): latest values of every
#     station of a 3,000-station registry, and hourly means of one station-year; p50 / p95.
# Size: STATIONS=25 DAYS=2 for the ingest part (as bench/ingest.sh); QUERY_STATIONS=750 per type (3,000).
# Other: QUERIES=0 (ingest part only), BATCH_SIZE=N (quantrac --batch-size; default: the product default),
#        WORK=DIR (reuse the simulated backlog in DIR across runs; created when missing, never deleted).
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

server="$(scripts/postgres-for-tests.sh)"
host_opts=(-h 127.0.0.1 -p 5432 -U quantrac)
export PGPASSWORD=quantrac
fresh_db() { psql "${host_opts[@]}" -d postgres -q -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
timed() { local f="$1"; shift; local TIMEFORMAT='%R %U %S'; { time "$@" 2>&3; } 3>&2 2>"$f"; }
# CPU seconds used so far by the whole PostgreSQL server: the postmaster, its live children, and (cutime/cstime)
# the children that have exited (backends of finished connections). Includes anything else using the server.
pg_cpu() { python3 - <<'PY'
import os
tick = os.sysconf("SC_CLK_TCK"); pm = None; total = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        comm = open(f"/proc/{pid}/comm").read().strip()
    except OSError:
        continue
    if comm != "postgres":
        continue
    total += int(f[11]) + int(f[12])
    if int(f[1]) == 1 or comm == "postgres" and open(f"/proc/{f[1]}/comm").read().strip() != "postgres":
        total += int(f[13]) + int(f[14])
print(f"{total / tick:.2f}")
PY
}

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
q_pg0=$(pg_cpu)
timed "$W/q.time" ./quantrac ingest --db "$db" "${batch[@]}" "$W/inbox" >"$W/ingest.json"
q_pg=$(python3 -c "print(f'{$(pg_cpu) - $q_pg0:.2f}')")

fresh_db qt_bench_copy
psql "${host_opts[@]}" -d qt_bench_copy -q -c "CREATE TABLE obs(station text, parameter text, observed_at text, value text, unit text, status text, PRIMARY KEY(station, parameter, observed_at))"
echo "== psql \\copy" >&2
c_pg0=$(pg_cpu)
timed "$W/c.time" psql "${host_opts[@]}" -d qt_bench_copy -q -c "\\copy obs FROM '$W/values.csv' WITH (FORMAT csv, HEADER true)"
c_pg=$(python3 -c "print(f'{$(pg_cpu) - $c_pg0:.2f}')")
c_values=$(psql "${host_opts[@]}" -d qt_bench_copy -tA -c "SELECT count(*) FROM obs")

mkdir -p bench/out
out="bench/out/postgres-$(date +%Y%m%d-%H%M%S).txt"
python3 - "$W/ingest.json" "$(cat "$W/q.time")" "$c_values" "$(cat "$W/c.time")" "$q_pg" "$c_pg" <<'PY' | tee "$out"
import json, os, sys
s = json.load(open(sys.argv[1])); qs, qu, qk = map(float, sys.argv[2].split())
cv = int(sys.argv[3]); cs, cu, ck = map(float, sys.argv[4].split()); qp, cp = float(sys.argv[5]), float(sys.argv[6])
qf, qv = s["files"], s["records"]
load = " ".join(open("/proc/loadavg").read().split()[:3])
print(f"PostgreSQL ingest — {qf} files, load average {load}")
print(f"{'':22}{'values':>9}{'seconds':>9}{'files/s':>9}{'values/s':>10}{'client CPU s':>14}{'server CPU s':>14}")
print(f"{'quantrac ingest --db':22}{qv:>9}{qs:>9.2f}{qf / qs:>9,.0f}{qv / qs:>10,.0f}{qu + qk:>14.2f}{qp:>14.2f}")
label = "psql \\copy"
print(f"{label:22}{cv:>9}{cs:>9.2f}{qf / cs:>9,.0f}{cv / cs:>10,.0f}{cu + ck:>14.2f}{cp:>14.2f}")
print(f"ratio quantrac values/s ÷ copy values/s: {(qv / qs) / (cv / cs):.2f}  (target ≥ 0.5)")
print(f"ratio on CPU per value (client + server): {(cu + ck + cp) / cv / ((qu + qk + qp) / qv):.2f}")
PY

[ "$QUERIES" = 0 ] && { echo "written to $out" >&2; exit 0; }
echo "== query latencies (loads $QUERY_STATIONS stations per type and one station-year per type on first use)" >&2
dotnet build bench/store -c Release -o .build/bench-store -nologo -v quiet >&2
fresh_db qt_bench_query
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --db "postgres://quantrac:quantrac@127.0.0.1:5432/qt_bench_query" --stations "$QUERY_STATIONS" | tee -a "$out"
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --data "$W/sqlite-query" --stations "$QUERY_STATIONS" | tee -a "$out"
echo "written to $out" >&2
