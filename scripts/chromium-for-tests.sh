#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/QuanTrac.Browser.Tests) when it is missing and we may
# (root). Nothing else ever downloads a browser. Exit 1 when Chromium is not there afterwards.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi
[ -x /usr/bin/chromium ]
