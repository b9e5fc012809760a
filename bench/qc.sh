#!/usr/bin/env bash
# Automatic QC over 100 stations × 10 parameters × one year of 5-minute values (~105 million); prints values/s.
# Usage: bench/qc.sh [STATIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/bench/qc/QuanTrac.Bench.Qc.csproj" -c Release -o "$root/.build/bench-qc" -nologo -v quiet >&2
exec dotnet "$root/.build/bench-qc/QuanTrac.Bench.Qc.dll" "$@"
