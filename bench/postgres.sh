#!/usr/bin/env bash
# PostgreSQL benchmark, one command, never run by CI:   bench/postgres.sh
#  1. ingest: a simulated backlog through `quantrac ingest --db postgres://…`, side by side with `psql \copy`
#     of the same values into an equivalent table with a primary key (target ≥ 0.5 × the \copy rate);
#  2. queries through the store contract, for PostgreSQL and SQLite alike (bench/store): latest values of every
#     station of a 3,000-station registry, and hourly means of one station-year; p50 / p95.
# Size: STATIONS=25 DAYS=2 for the ingest part (as bench/ingest.sh); QUERY_STATIONS=750 per type (3,000).
# Needs root for scripts/postgres-for-tests.sh (installs and starts PostgreSQL when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
STATIONS=${STATIONS:-25}
DAYS=${DAYS:-2}
QUERY_STATIONS=${QUERY_STATIONS:-750}

server="$(scripts/postgres-for-tests.sh)"
host_opts=(-h 127.0.0.1 -p 5432 -U quantrac)
export PGPASSWORD=quantrac
fresh_db() { psql "${host_opts[@]}" -d postgres -q -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
timed() { local f="$1"; shift; local TIMEFORMAT='%R %U %S'; { time "$@" 2>&3; } 3>&2 2>"$f"; }

./quantrac --help >/dev/null
W="$(mktemp -d "${TMPDIR:-/tmp}/quantrac-pgbench.XXXXXX")"
trap 'rm -rf "$W"' EXIT

echo "== simulating $STATIONS station(s) of each type × $DAYS day(s)" >&2
./quantrac simulate --out "$W/inbox" --stations "$STATIONS" --days "$DAYS" --seed 1 >&2
python3 bench/lib/values-csv.py "$W/inbox" "$W/values.csv"
find "$W/inbox" -type f -print0 | xargs -0 cat >/dev/null

fresh_db qt_bench_ingest
db="postgres://quantrac:quantrac@127.0.0.1:5432/qt_bench_ingest"
./quantrac stations import --db "$db" "$W/inbox.stations.json" >&2
echo "== quantrac ingest --db postgres" >&2
timed "$W/q.time" ./quantrac ingest --db "$db" "$W/inbox" >"$W/ingest.json"

fresh_db qt_bench_copy
psql "${host_opts[@]}" -d qt_bench_copy -q -c "CREATE TABLE obs(station text, parameter text, observed_at text, value text, unit text, status text, PRIMARY KEY(station, parameter, observed_at))"
echo "== psql \\copy" >&2
timed "$W/c.time" psql "${host_opts[@]}" -d qt_bench_copy -q -c "\\copy obs FROM '$W/values.csv' WITH (FORMAT csv, HEADER true)"
c_values=$(psql "${host_opts[@]}" -d qt_bench_copy -tA -c "SELECT count(*) FROM obs")

mkdir -p bench/out
out="bench/out/postgres-$(date +%Y%m%d-%H%M%S).txt"
python3 - "$W/ingest.json" "$(cat "$W/q.time")" "$c_values" "$(cat "$W/c.time")" <<'PY' | tee "$out"
import json, os, sys
s = json.load(open(sys.argv[1])); qs, qu, qk = map(float, sys.argv[2].split())
cv = int(sys.argv[3]); cs, cu, ck = map(float, sys.argv[4].split())
qf, qv = s["files"], s["records"]
load = " ".join(open("/proc/loadavg").read().split()[:3])
print(f"PostgreSQL ingest — {qf} files, load average {load}")
print(f"{'':22}{'values':>9}{'seconds':>9}{'files/s':>9}{'values/s':>10}")
print(f"{'quantrac ingest --db':22}{qv:>9}{qs:>9.2f}{qf / qs:>9,.0f}{qv / qs:>10,.0f}")
label = "psql \\copy"
print(f"{label:22}{cv:>9}{cs:>9.2f}{qf / cs:>9,.0f}{cv / cs:>10,.0f}")
print(f"ratio quantrac values/s ÷ copy values/s: {(qv / qs) / (cv / cs):.2f}  (target ≥ 0.5)")
PY

echo "== query latencies (loads $QUERY_STATIONS stations per type and one station-year per type on first use)" >&2
dotnet build bench/store -c Release -o .build/bench-store -nologo -v quiet >&2
fresh_db qt_bench_query
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --db "postgres://quantrac:quantrac@127.0.0.1:5432/qt_bench_query" --stations "$QUERY_STATIONS" | tee -a "$out"
dotnet .build/bench-store/QuanTrac.Bench.Store.dll --data "$W/sqlite-query" --stations "$QUERY_STATIONS" | tee -a "$out"
echo "written to $out" >&2
