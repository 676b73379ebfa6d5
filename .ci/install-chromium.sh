#!/usr/bin/env bash
# Installs Debian's Chromium and its chromedriver for the browser end-to-end tests (src/test/java/vn/cchc/web/e2e),
# only when one of them is missing, with fonts that have the Vietnamese letters (readable screenshots).
# Quiet; safe to run any number of times. Needs root (CI runs as root).
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: chromium or chromedriver missing and not root; browser tests will be skipped" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core fonts-liberation; } >"$log" 2>&1; then
  echo "install-chromium: apt-get failed:" >&2
  tail -n 20 "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
