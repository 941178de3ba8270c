#!/usr/bin/env bash
# Runs every *.test.ts under src/ and test/ with Node's test runner (Node 20 cannot glob --test arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
# The longest files first (browser tests, child processes: the CLI, faults, backups), so the run
# does not end with one long file on one core while the other waits.
# BROWSER_TESTS=0 leaves out the Chromium tests (e2e/): CI runs them once, on the embedded
# database, and everything else on both engines (see .ci/run).
browser_tests=e2e
if [ "${BROWSER_TESTS:-1}" = "0" ]; then
  browser_tests=
  echo "BROWSER_TESTS=0: the browser tests in e2e/ are not run this time" >&2
fi
mapfile -t files < <(
  find $browser_tests test src/cli src/ops -name '*.test.ts' | sort
  find src -name '*.test.ts' -not -path 'src/cli/*' -not -path 'src/ops/*' | sort
)
if [ "$#" -gt 0 ]; then files=("$@"); fi
# Two files at a time, one per core: four at a time was measured no faster (the run is CPU-bound,
# Chromium included) and doubles every test's time, which invites timeouts.
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
