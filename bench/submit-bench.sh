#!/usr/bin/env bash
# Sustained answer submissions per second and their latency, with the whole platform running
# locally: servers up, a Release build, the AppHost started as ./run.sh starts it (with the public
# rate limits raised), wait until every service is ready, run bench/Surveys.SubmitBench, stop the
# AppHost again — also when anything fails. Arguments go to the bench:
#   bash bench/submit-bench.sh [--concurrency 16] [--duration 30] [--warmup 5] [--areas 8] [--gaps-timeout 300] [--raw 5]
# Results and how to read them: bench/README.md. The AppHost's log: .local/submitbench/apphost.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bench_name=submit-bench
source bench/platform.sh
platform_prepare submitbench
platform_unlimit_answers
platform_build
dotnet build bench/Surveys.SubmitBench -c Release -nologo -v quiet
platform_start

dotnet run -c Release --no-build --project bench/Surveys.SubmitBench -- "$@"
