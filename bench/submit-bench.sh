#!/usr/bin/env bash
# Sustained answer submissions per second and their latency, with the whole platform running
# locally: servers up, a Release build, the AppHost started as ./run.sh starts it (with the public
# rate limits raised), wait until every service is ready, run bench/Surveys.SubmitBench, stop the
# AppHost again — also when anything fails. Arguments go to the bench:
#   bash bench/submit-bench.sh [--concurrency 16] [--duration 30] [--warmup 5] [--areas 8] [--gaps-timeout 300]
# Results and how to read them: bench/README.md. The AppHost's log: .local/submitbench/apphost.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Databases and a RabbitMQ virtual host of the bench's own, recreated each run: every run starts
# from empty tables and queues, and a platform another session runs on the shared servers neither
# sees these events nor disturbs the figures with its own.
run=submitbench
export ConnectionStrings__messaging="amqp://guest:guest@localhost:5672/$run"
databases=(surveysdb inventorydb gapsdb partnersdb)
for db in "${databases[@]}"; do
  export "ConnectionStrings__$db=Host=localhost;Port=5432;Database=${db}_$run;Username=postgres;Password=postgres"
done
source scripts/env.sh

# The defaults (60 answers per client address and 1,200 per survey per minute) exist against
# floods from the internet; the bench is one client address submitting to one survey, so they
# would measure the limiter, not the intake.
export Surveys__RateLimits__PerClientPermitLimit=1000000
export Surveys__RateLimits__PerSurveyPermitLimit=1000000

state=.local/$run
log=$state/apphost.log
services=(5101 5102 5103 5104)   # surveys, inventory, gaps, partners (their launch profiles)
say() { printf '[submit-bench] %s\n' "$*" >&2; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

bash scripts/infra.sh up

for port in "${services[@]}" 15888 19888 20888; do
  if port_open "$port"; then
    say "port $port is in use: another platform (./run.sh?) is running on this machine. Stop it first; the bench needs the AppHost's ports."
    exit 1
  fi
done

for db in "${databases[@]}"; do
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS \"${db}_$run\" WITH (FORCE)"
done
rabbit() { curl -fsS -o /dev/null -u guest:guest -H 'content-type: application/json' "$@"; }
curl -sS -o /dev/null -u guest:guest -X DELETE "http://localhost:15672/api/vhosts/$run"
rabbit -X PUT "http://localhost:15672/api/vhosts/$run"
rabbit -X PUT -d '{"configure":".*","write":".*","read":".*"}' "http://localhost:15672/api/permissions/$run/guest"

say "building (Release)"
dotnet build src/AppHost -c Release -nologo -v quiet
dotnet build bench/Surveys.SubmitBench -c Release -nologo -v quiet

mkdir -p "$state"
apphost=""
stop_apphost() {
  [ -n "$apphost" ] && kill -0 "$apphost" 2>/dev/null || return 0
  say "stopping the AppHost"
  # SIGTERM, not SIGINT (ignored by a background process); to `dotnet run` and to the AppHost it started.
  kill -TERM $(pgrep -P "$apphost") "$apphost" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$apphost" 2>/dev/null || break
    sleep 0.5
  done
  # The orchestrator (DCP) stops the services after the AppHost is gone: wait for their ports to close.
  for port in "${services[@]}"; do
    for ((i = 0; i < 60; i++)); do port_open "$port" || break; sleep 0.5; done
    if port_open "$port"; then say "warning: port $port still open 30 s after the AppHost stopped; see $log"; fi
  done
  apphost=""
}
trap stop_apphost EXIT
trap 'exit 130' INT TERM

say "starting the AppHost (log: $log)"
dotnet run -c Release --no-build --project src/AppHost --launch-profile http >"$log" 2>&1 &
apphost=$!

say "waiting until every service reports /health/ready"
started=$SECONDS
for port in "${services[@]}"; do
  until curl -fsS -o /dev/null "http://localhost:$port/health/ready" 2>/dev/null; do
    if ! kill -0 "$apphost" 2>/dev/null; then say "the AppHost exited; its log:"; tail -n 40 "$log" >&2; exit 1; fi
    if ((SECONDS - started > 240)); then say "not ready after 240 s; see $log"; exit 1; fi
    sleep 1
  done
done
say "ready after $((SECONDS - started)) s; $(uptime)"

dotnet run -c Release --no-build --project bench/Surveys.SubmitBench -- "$@"
