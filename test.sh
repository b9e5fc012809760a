#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
dotnet build QuanTrac.slnx -nologo -v quiet 2>&1 | tail -n 30
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
# The PostgreSQL tests need a server: start one when we may (root), else they are skipped with a reason.
if [ -z "${QUANTRAC_TEST_POSTGRES:-}" ] && [ "$(id -u)" -eq 0 ]; then
  QUANTRAC_TEST_POSTGRES="$(./scripts/postgres-for-tests.sh)" && export QUANTRAC_TEST_POSTGRES \
    || { echo "PostgreSQL could not be started; its tests will be skipped" >&2; unset QUANTRAC_TEST_POSTGRES; }
fi
# The alert e-mail test needs a real SMTP server (Debian's python3-aiosmtpd): install it when we may, else it is skipped.
if [ "$(id -u)" -eq 0 ]; then
  ./scripts/smtp-for-tests.sh || echo "python3-aiosmtpd could not be installed; the SMTP test will be skipped" >&2
fi
# The browser tests drive Debian's Chromium: install it when we may (root), else they are skipped with that reason.
./scripts/chromium-for-tests.sh || echo "Chromium is not installed (apt-get install -y chromium, as root); the browser tests will be skipped" >&2
# Playwright's bundled driver is used as is; nothing may download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The CLI tests run ./quantrac; build it once before the suite starts.
./quantrac --help >/dev/null
dotnet test QuanTrac.slnx --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ]
