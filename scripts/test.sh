#!/usr/bin/env bash
# Runs every *.test.ts under src/ and test/ with Node's test runner (Node 20 cannot glob --test arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src test e2e -name '*.test.ts' -not -path '*/node_modules/*' | sort)
if [ "$#" -gt 0 ]; then files=("$@"); fi
# Four files at a time, on two cores: a test file spends about a third of its time waiting on
# Chromium, child processes or the database, and CI must finish two full runs in under 20 minutes.
exec node --import tsx --test --test-concurrency=4 --test-reporter=spec "${files[@]}"
