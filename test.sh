#!/usr/bin/env bash
# Runs every test: unit, contract (SQLite and a throwaway PostgreSQL the tests start themselves), CLI, HTTP and browser.
# Set STORY_TEST_POSTGRES to use an existing server instead; set STORY_TEST_KURRENTDB to run the KurrentDB contract suite.
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
dotnet test Story.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line over all test projects, and what was not run.
awk '/^(Passed!|Failed!) +- Failed: /{gsub(",","");f+=$4;p+=$6;s+=$8} END{printf "Total: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
grep -h "NOT RUN" "$log" | sort -u || true
rm -f "$log"
exit "$status"
