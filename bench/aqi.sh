#!/usr/bin/env bash
# Hourly VN_AQI with NowCast over 3,000 stations × one year of hourly data; prints values/s.
# Usage: bench/aqi.sh [STATIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/bench/aqi/QuanTrac.Bench.Aqi.csproj" -c Release -o "$root/.build/bench-aqi" -nologo -v quiet >&2
exec dotnet "$root/.build/bench-aqi/QuanTrac.Bench.Aqi.dll" "$@"
