#!/usr/bin/env bash
# Install everything the tests need, then run every test (unit, AppTest, browser).
# This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# Debian packages: Chromium for the browser tests (Playwright drives it; never
# `playwright install`), PostgreSQL for the store tests (each run starts its own throwaway
# server on 127.0.0.1; see tests/postgres_server.py).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PLACELINE_REQUIRE_POSTGRES=1  # here the PostgreSQL tests fail rather than skip

# Build the gazetteer index and the map assets once, before the tests time anything.
python -m placeline setup --db "$(mktemp -d)/setup-check.db" >/dev/null

set +e
python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here, not a pass." >&2
  exit 1
fi
exit "$status"
