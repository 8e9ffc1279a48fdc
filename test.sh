#!/usr/bin/env bash
# Runs every test: unit, contract (SQLite and a throwaway PostgreSQL the tests start themselves), CLI, HTTP and browser.
# Set STORY_TEST_POSTGRES to use an existing server instead; set STORY_TEST_KURRENTDB to run the KurrentDB contract suite.
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
dotnet test Story.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line over all test projects, and what was not run.
awk '/^ +Passed: +[0-9]+$/{p+=$2} /^ +Failed: +[0-9]+$/{f+=$2} /^ +Skipped: +[0-9]+$/{s+=$2} END{printf "Total: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
if [ -z "${STORY_TEST_KURRENTDB:-}" ]; then
  echo "KurrentDB contract suite NOT RUN: no KurrentDB server here. Set STORY_TEST_KURRENTDB=kurrentdb://admin:changeit@localhost:2113?tls=false to run it."
fi
rm -f "$log"
exit "$status"
