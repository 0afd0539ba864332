#!/usr/bin/env bash
# bench/submit-bench.sh under the profilers, to say where an answer's time goes: while the bench
# runs, dotnet-trace records each service's sampled thread stacks and the runtime's events (JIT, GC,
# exceptions, contention) and dotnet-counters its runtime, ASP.NET Core, Npgsql, EF Core and
# MassTransit counters once a second; each service's console log is kept. Arguments after
# --seconds go to the bench:
#   bash bench/profile.sh [--seconds 60] [--concurrency 16] [--duration 30] …
# Files: .local/submitbench/profile/<service>.nettrace (+ .speedscope.json), <service>.counters.csv,
# bench.txt (the bench's report); .local/submitbench/<service>.log. Reading them: bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=60
if [ "${1:-}" = --seconds ]; then seconds=$2; shift 2; fi
tools=.local/tools
out=.local/submitbench/profile
services=(Surveys.Service Gaps.Service Partners.Service)
for tool in dotnet-trace dotnet-counters; do
  [ -x "$tools/$tool" ] || dotnet tool install --tool-path "$tools" "$tool" --version 10.0.750501
done
rm -rf "$out"
mkdir -p "$out"
say() { printf '[profile] %s\n' "$*" >&2; }

# The service itself (not the `dotnet run` in front of it) of this bench's platform: its broker
# connection names the bench's virtual host, so a test platform elsewhere on the machine is left alone.
service_pid() {
  local pid
  for pid in $(pgrep -f "/src/$1/bin/Release/[^ ]*/$1" || true); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -q '^ConnectionStrings__messaging=.*/submitbench$'; then
      echo "$pid"
      return
    fi
  done
}

# The orchestrator (DCP) writes each service's console into a temporary file it deletes when the
# AppHost stops: follow the newest one of each service from its start.
follow_log() {
  local file
  file=$(grep -l "Content root path: $PWD/src/$1\$" /tmp/aspire-dcp*/*_out 2>/dev/null | xargs -r ls -t | head -n 1)
  [ -n "$file" ] && tail -n +1 -F "$file" 2>/dev/null >".local/submitbench/$2.log" &
  followers+=($!)
}

bash bench/submit-bench.sh "$@" > >(tee "$out/bench.txt") &
bench=$!
followers=()
trap 'kill "${followers[@]}" 2>/dev/null || true' EXIT

say "waiting for the bench's platform"
until [ -n "$(service_pid Partners.Service)" ] && curl -fsS --max-time 2 -o /dev/null http://localhost:5101/health/ready 2>/dev/null; do
  kill -0 "$bench" 2>/dev/null || { say "the bench ended before its platform was ready"; wait "$bench"; exit 1; }
  sleep 1
done

recorders=()
duration=$(printf '00:%02d:%02d:%02d' $((seconds / 3600)) $((seconds / 60 % 60)) $((seconds % 60)))
for service in "${services[@]}"; do
  name=${service%.Service}
  name=${name,,}
  pid=$(service_pid "$service")
  say "$service: pid $pid, recording $seconds s"
  follow_log "$service" "$name"
  "$tools/dotnet-trace" collect -p "$pid" --profile dotnet-common,dotnet-sampled-thread-time --duration "$duration" \
    --format Speedscope -o "$out/$name.nettrace" >"$out/$name.trace.txt" 2>&1 &
  recorders+=($!)
  "$tools/dotnet-counters" collect -p "$pid" --duration "$duration" --format csv -o "$out/$name.counters.csv" \
    --counters System.Runtime,Microsoft.AspNetCore.Hosting,Microsoft.AspNetCore.Server.Kestrel,Npgsql,Microsoft.EntityFrameworkCore,MassTransit \
    >"$out/$name.counters.txt" 2>&1 &
  recorders+=($!)
done

status=0
wait "$bench" || status=$?
say "bench exit $status; waiting for the recorders"
wait "${recorders[@]}" || true
say "files in $out and .local/submitbench/<service>.log"
exit "$status"
