#!/usr/bin/env bash
# GET /api/v1/aqi/latest with 3,000 air stations, side by side in the same run with nginx serving the very same
# JSON bytes as a static file; plus a station page (HTML) and a station's latest values (API). wrk on loopback.
# Usage: bench/api.sh            (STATIONS=3000 HOURS=3.25 DURATION=20 CONNECTIONS=64 THREADS=2 KEEP=1 to change)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stations=${STATIONS:-3000}; hours=${HOURS:-3.25}; duration=${DURATION:-20}; connections=${CONNECTIONS:-64}; threads=${THREADS:-2}
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null; }
work="$(mktemp -d /tmp/quantrac-bench-api.XXXXXX)"
chmod 755 "$work"   # nginx workers (www-data) read the static copy from here
qt_pid=""; ng_pid=""
cleanup() {
  [ -n "$qt_pid" ] && kill "$qt_pid" 2>/dev/null || true
  [ -n "$ng_pid" ] && kill "$ng_pid" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$root/quantrac" --help >/dev/null
echo "== data: $stations air stations, $hours h of 5-minute files up to now" >&2
python3 "$root/bench/api/generate.py" "$work/gen" "$stations" "$hours"
"$root/quantrac" stations import --data "$work/data" "$work/gen/stations.json" >/dev/null
t0=$(date +%s.%N)
"$root/quantrac" ingest --data "$work/data" "$work/gen/files" > "$work/ingest.json"
t1=$(date +%s.%N)
echo "ingest: $(cat "$work/ingest.json" | head -c 200) in $(python3 -c "print(round($t1-$t0,1))") s" >&2

qp=$(port); np=$(port)
# One load generator from one address: the published per-address limit (300/min) would answer 429 to nearly all of it.
"$root/quantrac" serve --data "$work/data" --urls "http://127.0.0.1:$qp" --tile-url "" --rate-limit-anonymous 0 > "$work/serve.log" 2>&1 &
qt_pid=$!
ts=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$qp/api/v1/aqi/latest" -o "$work/latest.json" 2>/dev/null \
  && python3 -c "import json,sys; d=json.load(open('$work/latest.json')); sys.exit(0 if len(d['stations'])==$stations and sum(s['aqi'] is not None for s in d['stations'])>=0.9*$stations else 1)"; do
  sleep 0.5
done
te=$(date +%s.%N)
with_aqi=$(python3 -c "import json; d=json.load(open('$work/latest.json')); print(sum(s['aqi'] is not None for s in d['stations']))")
bands=$(python3 -c "import json,collections; d=json.load(open('$work/latest.json')); print(dict(collections.Counter(s['category']['en'] for s in d['stations'] if s['aqi'] is not None)))")
echo "first full snapshot (start + $stations stations computed): $(python3 -c "print(round($te-$ts,1))") s; $with_aqi with an AQI; bands $bands" >&2

# nginx: the same bytes (and their gzip, served by gzip_static as QuanTrac serves its precompressed copy).
mkdir -p "$work/nginx/www" "$work/nginx/tmp"; chmod -R a+rX "$work/nginx"
cp "$work/latest.json" "$work/nginx/www/latest.json"
gzip -9 -k "$work/nginx/www/latest.json"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  open_file_cache max=100;
  client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  types { application/json json; }
  gzip_static on;
  server { listen 127.0.0.1:$np; root $work/nginx/www; add_header Cache-Control "public, max-age=30"; }
}
CONF
nginx -c "$work/nginx/nginx.conf" &
ng_pid=$!
sleep 1
station=$(python3 -c "import json; d=json.load(open('$work/latest.json')); print(d['stations'][len(d['stations'])//2]['station'])")
size=$(stat -c %s "$work/nginx/www/latest.json"); gz=$(stat -c %s "$work/nginx/www/latest.json.gz")
echo "body: $size bytes JSON, $gz bytes gzip" >&2

run() { # name url [header]; refuses a run whose answers were not all 200/304
  local name=$1 url=$2; shift 2
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url" > "$work/$name.txt" 2>&1
  python3 - "$work/$name.txt" "$name" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def ms(label):
    m = re.search(label + r"\s+([\d.]+)(us|ms|s)\b", text)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sock = re.search(r"Socket errors: (.*)", text)
print(f"{sys.argv[2]:<34} {rps:>10.0f} req/s   p50 {ms('50%'):7.2f} ms   p99 {ms('99%'):7.2f} ms"
      + (f"   non-2xx {errors.group(1)}" if errors else "") + (f"   socket errors: {sock.group(1)}" if sock else ""))
open(sys.argv[1] + ".rps", "w").write(str(rps))
if errors: sys.exit(f"{sys.argv[2]}: {errors.group(1)} answers were not 2xx/3xx")
PY
}
echo "== wrk -t$threads -c$connections -d${duration}s, loopback, load generator on the same 2 cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
curl -sf -H "Accept-Encoding: gzip" "http://127.0.0.1:$np/latest.json" -o /dev/null || { echo "nginx does not serve the copy" >&2; exit 1; }
gzip_h=(-H "Accept-Encoding: gzip")
run quantrac-aqi-gzip "http://127.0.0.1:$qp/api/v1/aqi/latest" "${gzip_h[@]}"
run nginx-aqi-gzip "http://127.0.0.1:$np/latest.json" "${gzip_h[@]}"
run quantrac-aqi-identity "http://127.0.0.1:$qp/api/v1/aqi/latest"
run nginx-aqi-identity "http://127.0.0.1:$np/latest.json"
etag=$(curl -s -D - -o /dev/null "http://127.0.0.1:$qp/api/v1/aqi/latest" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
echo "load average after the /aqi/latest runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
[ -n "$etag" ] || { echo "no ETag" >&2; exit 1; }
run quantrac-aqi-304 "http://127.0.0.1:$qp/api/v1/aqi/latest" -H "If-None-Match: $etag"
run quantrac-station-page "http://127.0.0.1:$qp/stations/$station" "${gzip_h[@]}"
run quantrac-station-latest "http://127.0.0.1:$qp/api/v1/stations/$station/latest" "${gzip_h[@]}"
python3 -c "
q=float(open('$work/quantrac-aqi-gzip.txt.rps').read()); n=float(open('$work/nginx-aqi-gzip.txt.rps').read())
qi=float(open('$work/quantrac-aqi-identity.txt.rps').read()); ni=float(open('$work/nginx-aqi-identity.txt.rps').read())
print(f'ratio QuanTrac / nginx: gzip {q/n:.2f}, identity {qi/ni:.2f}')"
