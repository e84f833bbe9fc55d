#!/usr/bin/env bash
# The calendar apps' own parsers the export tests read every file with
# (tests/planner/exchange/ics/test_readers.py): ical.js (Thunderbird's) from npm
# into $1, and libical (Evolution's) through Debian's GObject bindings, which
# Debian's own Python runs (a virtual environment cannot hold them).
# As root on Debian or Ubuntu, what is missing is installed; elsewhere one line
# says what to install, and the tests that need it say so again.
# ical.js 2 declares no "engines" in its package.json; its 2.2.1 runs on Debian
# 12's own Node.js (18.20.4): the export tests' ical.js cases pass with it.
set -euo pipefail
folder=${1:-build/foreign-parsers}
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  command -v node >/dev/null 2>&1 || missing="$missing nodejs"
  command -v npm >/dev/null 2>&1 || missing="$missing npm"
  for package in gir1.2-ical-3.0 python3-gi; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi
if [ -f "$folder/node_modules/ical.js/package.json" ]; then
  exit 0
fi
if command -v npm >/dev/null 2>&1; then
  npm install --silent --no-audit --no-fund --prefix "$folder" 'ical.js@^2'
else
  echo "The export tests need Node.js, npm, gir1.2-ical-3.0 and python3-gi (apt-get install nodejs npm gir1.2-ical-3.0 python3-gi)." >&2
fi
