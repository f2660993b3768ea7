#!/usr/bin/env bash
# All vitest projects (unit, integration, e2e) in one run, then the one-line summary.
set -uo pipefail
mkdir -p .data
rm -f .data/test-results.json
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.data/test-results.json "$@"
status=$?
node infra/bin/summarize-tests.mjs .data/test-results.json || status=1
exit $status
