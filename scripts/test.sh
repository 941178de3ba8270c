#!/usr/bin/env bash
# Runs every *.test.ts under src/ and test/ with Node's test runner (Node 20 cannot glob --test arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
# The longest files first (browser tests, child processes: the CLI, faults, backups), so the run
# does not end with one long file on one core while the other waits.
mapfile -t files < <(
  find e2e test src/cli src/ops -name '*.test.ts' | sort
  find src -name '*.test.ts' -not -path 'src/cli/*' -not -path 'src/ops/*' | sort
)
if [ "$#" -gt 0 ]; then files=("$@"); fi
# Two files at a time, one per core: four at a time was measured no faster (the run is CPU-bound,
# Chromium included) and doubles every test's time, which invites timeouts.
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
