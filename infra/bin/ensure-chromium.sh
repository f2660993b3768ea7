#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (playwright cannot download browsers here). Installs it
# when missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[test] installing Debian's chromium for the browser tests (one time)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
  exit 0
fi
echo "Chromium is missing: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH" >&2
exit 1
