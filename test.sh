#!/usr/bin/env bash
# Runs every test of the platform from scratch: installs and starts PostgreSQL and RabbitMQ where
# missing, builds warning-free, checks the code style (.editorconfig; a difference counts as one failure),
# runs all test projects against the real servers, and ends with the totals read from the test results.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/env.sh

bash scripts/infra.sh up-for-tests || exit 1
bash scripts/test-tools.sh || exit 1

results=.local/test-results
rm -rf "$results"
dotnet build Platform.sln -nologo -v quiet || exit 1
# The style .editorconfig states: code that differs from it fails the run (`dotnet format Platform.sln` applies it).
style_failed=0
dotnet format Platform.sln --verify-no-changes --no-restore -v quiet \
  || { echo "The code differs from .editorconfig's style: run dotnet format Platform.sln" >&2; style_failed=1; }
dotnet test Platform.sln --no-build --logger trx --results-directory "$results" -nologo
status=$?
[ "$style_failed" = 0 ] || status=1

passed=0 failed=0 skipped=0 found=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  found=1
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
[ "$found" = 1 ] || { echo "no test results found" >&2; status=1; }
failed=$((failed + style_failed))

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit $status
