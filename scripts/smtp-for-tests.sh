#!/usr/bin/env bash
# Installs Debian's aiosmtpd (a real SMTP server) for the alert e-mail test, which starts it itself with
# /usr/bin/python3 (Debian's Python, not a pyenv one on PATH). Needs root (CI runs as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  exit 0
fi
apt-get install -y -qq python3-aiosmtpd >&2 || { apt-get update -qq >&2 && apt-get install -y -qq python3-aiosmtpd >&2; }
/usr/bin/python3 -c 'import aiosmtpd'
