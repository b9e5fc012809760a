#!/usr/bin/env bash
# Ingest benchmark: a simulated backlog of 5-minute station files ingested by `quantrac ingest` into SQLite,
# side by side with `sqlite3 .import` of the same values into an equivalent table with a primary key.
# One command, never run by CI:   bench/ingest.sh
# Size:   STATIONS=25 (stations of each of the 4 types, so 100) DAYS=2  → ≈ 57,600 files, ≈ 480,000 values.
# Other:  BATCH_SIZE=N (quantrac --batch-size; default: the product default), KEEP=1 (keep the work folder).
# Prints a table and writes it to bench/out/ingest-<date>.txt (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

STATIONS=${STATIONS:-25}
DAYS=${DAYS:-2}
BATCH_SIZE=${BATCH_SIZE:-}

if ! command -v sqlite3 >/dev/null; then
  echo "sqlite3 missing: installing it (apt-get) for the baseline" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y sqlite3 >&2
fi
command -v python3 >/dev/null || { echo "python3 is needed (CSV of the baseline, JSON summary)" >&2; exit 1; }

# Wall clock, user and system CPU seconds of a command (bash's own `time`), written to the file in $1.
timed() { local f="$1"; shift; local TIMEFORMAT='%R %U %S'; { time "$@" 2>&3; } 3>&2 2>"$f"; }

# 1. Build the CLI (Release, .build/cli) outside any measurement.
echo "== building the CLI" >&2
./quantrac --help >/dev/null

W="$(mktemp -d "${TMPDIR:-/tmp}/quantrac-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $W" >&2; else trap 'rm -rf "$W"' EXIT; fi

# 2. The backlog and its station registry.
echo "== simulating $STATIONS station(s) of each type × $DAYS day(s) into $W/inbox" >&2
./quantrac simulate --out "$W/inbox" --stations "$STATIONS" --days "$DAYS" --seed 1 >&2
./quantrac stations import --data "$W/data" "$W/inbox.stations.json" >&2

# 5a. The baseline's input, built now (not timed): one CSV row per value, read from the same files with the
# same rules that matter for the count (5 fields per record, 5·k per line, a later duplicate replaces an
# earlier one of the same parameter and time, file name = <prefix>_<yyyyMMddHHmmss>.txt).
echo "== writing the baseline CSV" >&2
python3 bench/lib/values-csv.py "$W/inbox" "$W/values.csv"

# 3. The page cache cannot be dropped here: warm every file once so both sides read from memory.
echo "== warming the page cache" >&2
find "$W/inbox" -type f -print0 | xargs -0 cat >/dev/null
cat "$W/values.csv" >/dev/null

# 4. QuanTrac (wall clock of the whole command, .NET start-up included).
echo "== quantrac ingest" >&2
batch=()
[ -n "$BATCH_SIZE" ] && batch=(--batch-size "$BATCH_SIZE")
timed "$W/q.time" ./quantrac ingest --data "$W/data" "${batch[@]}" "$W/inbox" >"$W/ingest.json"
read -r q_files q_values q_accepted q_quarantined < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(s["files"], s["records"], s["accepted"], len(s["quarantined"]))' "$W/ingest.json")

# 5b. sqlite3 .import of the same values: same journal settings as QuanTrac (WAL, synchronous NORMAL).
echo "== sqlite3 .import" >&2
cat >"$W/import.sql" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE obs(station TEXT, parameter TEXT, observed_at TEXT, value TEXT, unit TEXT, status TEXT,
                 PRIMARY KEY(station, parameter, observed_at)) WITHOUT ROWID;
.mode csv
.import --skip 1 $W/values.csv obs
SQL
timed "$W/s.time" sqlite3 -init "$W/import.sql" "$W/base.db" .quit >/dev/null
s_values=$(sqlite3 "$W/base.db" "SELECT count(*) FROM obs")

# 6. The table.
mkdir -p bench/out
out="bench/out/ingest-$(date +%Y%m%d-%H%M%S).txt"
python3 - "$q_files" "$q_values" "$(cat "$W/q.time")" "$s_values" "$(cat "$W/s.time")" "$q_accepted" "$q_quarantined" \
  "$STATIONS" "$DAYS" "${BATCH_SIZE:-default}" <<'PY' | tee "$out"
import os, platform, subprocess, sys
qf, qv, qt, sv, stime, acc, quar, st, days, batch = sys.argv[1:]
qf, qv, sv, acc, quar = int(qf), int(qv), int(sv), int(acc), int(quar)
qs, qu, qk = map(float, qt.split()); ss, su, sk = map(float, stime.split())
def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"
sq = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
print(f"QuanTrac ingest benchmark — {st} stations/type × 4 types × {days} day(s), batch size {batch}")
load = " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
print(f"machine: {os.cpu_count()} cores, {cpu()}; sqlite3 {sq}; load average {load}")
print(f"{'':18}{'files':>8}{'values':>9}{'seconds':>9}{'files/s':>9}{'values/s':>10}{'CPU s':>7}")
print(f"{'quantrac ingest':18}{qf:>8}{qv:>9}{qs:>9.2f}{qf / qs:>9,.0f}{qv / qs:>10,.0f}{qu + qk:>7.2f}")
print(f"{'sqlite3 .import':18}{qf:>8}{sv:>9}{ss:>9.2f}{qf / ss:>9,.0f}{sv / ss:>10,.0f}{su + sk:>7.2f}")
print("(seconds: wall clock of the whole command, process start included; CPU s: user + system)")
print(f"ratio quantrac values/s ÷ .import values/s: {(qv / qs) / (sv / ss):.1%}  (target ≥ 25 %)")
print(f"same ratio on CPU time (less sensitive to other load): {(qv / (qu + qk)) / (sv / (su + sk)):.1%}")
print(f"quantrac: {acc} accepted, {quar} quarantined; .import rows {sv} vs quantrac values {qv}"
      + ("" if sv == qv else "  (counts differ!)"))
PY
echo "written to $out" >&2
