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

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

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
python3 - "$W/inbox" "$W/values.csv" <<'PY'
import csv, os, sys
inbox, out = sys.argv[1], sys.argv[2]
rows = 0
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["station", "parameter", "observed_at", "value", "unit", "status"])
    for d, _, names in os.walk(inbox):
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(".txt") or "_" not in name:
                continue
            station = name.rsplit("_", 1)[0]
            recs = {}
            with open(os.path.join(d, name), encoding="utf-8-sig", errors="replace") as g:
                for line in g:
                    fields = [x.strip(" ") for x in line.rstrip("\r\n").split("\t")]
                    while fields and fields[-1] == "":
                        fields.pop()
                    if not fields or len(fields) % 5:
                        continue
                    for i in range(0, len(fields), 5):
                        p, v, u, t, s = fields[i:i + 5]
                        if p and len(t) == 14 and t.isdigit():
                            recs[(p.lower(), t)] = (p, t, v, u, s)
            for p, t, v, u, s in recs.values():
                w.writerow([station, p, t, v, u, s])
                rows += 1
print(f"{rows} baseline rows", file=sys.stderr)
PY

# 3. The page cache cannot be dropped here: warm every file once so both sides read from memory.
echo "== warming the page cache" >&2
find "$W/inbox" -type f -print0 | xargs -0 cat >/dev/null
cat "$W/values.csv" >/dev/null

# 4. QuanTrac (wall clock of the whole command, .NET start-up included).
echo "== quantrac ingest" >&2
batch=()
[ -n "$BATCH_SIZE" ] && batch=(--batch-size "$BATCH_SIZE")
t0=$(now)
./quantrac ingest --data "$W/data" "${batch[@]}" "$W/inbox" >"$W/ingest.json"
t1=$(now)
q_secs=$(elapsed "$t0" "$t1")
read -r q_files q_values q_accepted q_quarantined < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(s["files"], s["records"], s["accepted"], len(s["quarantined"]))' "$W/ingest.json")

# 5b. sqlite3 .import of the same values: same journal settings as QuanTrac (WAL, synchronous NORMAL).
echo "== sqlite3 .import" >&2
t0=$(now)
sqlite3 "$W/base.db" <<SQL >/dev/null
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE obs(station TEXT, parameter TEXT, observed_at TEXT, value TEXT, unit TEXT, status TEXT,
                 PRIMARY KEY(station, parameter, observed_at)) WITHOUT ROWID;
.mode csv
.import --skip 1 $W/values.csv obs
SQL
t1=$(now)
s_secs=$(elapsed "$t0" "$t1")
s_values=$(sqlite3 "$W/base.db" "SELECT count(*) FROM obs")

# 6. The table.
mkdir -p bench/out
out="bench/out/ingest-$(date +%Y%m%d-%H%M%S).txt"
python3 - "$q_files" "$q_values" "$q_secs" "$s_values" "$s_secs" "$q_accepted" "$q_quarantined" \
  "$STATIONS" "$DAYS" "${BATCH_SIZE:-default}" <<'PY' | tee "$out"
import os, platform, subprocess, sys
qf, qv, qs, sv, ss, acc, quar, st, days, batch = sys.argv[1:]
qf, qv, sv, acc, quar = int(qf), int(qv), int(sv), int(acc), int(quar)
qs, ss = float(qs), float(ss)
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
print(f"machine: {os.cpu_count()} cores, {cpu()}; sqlite3 {sq}")
print(f"{'':22}{'files':>9}{'values':>11}{'seconds':>10}{'files/s':>11}{'values/s':>11}")
print(f"{'quantrac ingest':22}{qf:>9}{qv:>11}{qs:>10.2f}{qf / qs:>11,.0f}{qv / qs:>11,.0f}")
print(f"{'sqlite3 .import':22}{qf:>9}{sv:>11}{ss:>10.2f}{qf / ss:>11,.0f}{sv / ss:>11,.0f}")
print(f"ratio quantrac values/s ÷ .import values/s: {(qv / qs) / (sv / ss):.1%}  (target ≥ 25 %)")
print(f"quantrac: {acc} accepted, {quar} quarantined; .import rows {sv} vs quantrac values {qv}"
      + ("" if sv == qv else "  (counts differ!)"))
PY
echo "written to $out" >&2
