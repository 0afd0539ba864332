# The whole platform as the benches run it, sourced (not run) by bench/submit-bench.sh and
# bench/planner-pages-bench.sh from the repository's root. Each bench gets databases and a RabbitMQ
# virtual host of its own, recreated each run: every run starts from empty tables and queues, and a
# platform another session runs on the shared servers neither sees these events nor disturbs the
# figures with its own. The AppHost starts as ./run.sh starts it (launch profile http: dashboard,
# the services and web apps in their Development environment behind the orchestrator's proxies on
# their usual ports), but from a Release build.
#   platform_prepare <name>   servers up, refuse if another platform holds the ports, fresh databases and vhost
#   platform_unlimit_answers  raise the public answer limits of Surveys (before platform_start)
#   platform_build            Release build of the AppHost (which builds every service and web app)
#   platform_start [port...]  start the AppHost, stop it on exit; wait until the services (and these ports) are ready
# Set any other environment the AppHost should pass on before platform_start.

services=(5101 5102 5103 5104)   # surveys, inventory, gaps, partners (their launch profiles)
apphost=""

say() { printf '[%s] %s\n' "$bench_name" "$*" >&2; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

platform_prepare() {
  local run=$1 db
  bench_name=${bench_name:-$run}
  export ConnectionStrings__messaging="amqp://guest:guest@localhost:5672/$run"
  databases=(surveysdb inventorydb gapsdb partnersdb)
  for db in "${databases[@]}"; do
    export "ConnectionStrings__$db=Host=localhost;Port=5432;Database=${db}_$run;Username=postgres;Password=postgres"
  done
  source scripts/env.sh
  state=.local/$run
  log=$state/apphost.log
  mkdir -p "$state"

  bash scripts/infra.sh up
  for port in "${services[@]}" 5100 5105 15888 19888 20888; do
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
}

# The defaults (60 answers per client address and 1,200 per survey per minute) exist against floods
# from the internet; a bench is one client address submitting to one survey, so they would measure
# the limiter, not the intake. The AppHost passes Surveys:RateLimits on to the surveys service.
platform_unlimit_answers() {
  export Surveys__RateLimits__PerClientPermitLimit=1000000
  export Surveys__RateLimits__PerSurveyPermitLimit=1000000
}

platform_build() {
  say "building (Release)"
  dotnet build src/AppHost -c Release -nologo -v quiet
}

platform_stop() {
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

platform_start() {
  trap platform_stop EXIT
  trap 'exit 130' INT TERM
  say "starting the AppHost (log: $log)"
  dotnet run -c Release --no-build --project src/AppHost --launch-profile http >"$log" 2>&1 &
  apphost=$!

  say "waiting until every service reports /health/ready"
  local started=$SECONDS port
  for port in "${services[@]}" "$@"; do
    until curl -fsS --max-time 5 -o /dev/null "http://localhost:$port/health/ready" 2>/dev/null; do
      if ! kill -0 "$apphost" 2>/dev/null; then say "the AppHost exited; its log:"; tail -n 40 "$log" >&2; exit 1; fi
      if ((SECONDS - started > 600)); then say "not ready after 600 s; see $log"; exit 1; fi
      sleep 1
    done
  done
  say "ready after $((SECONDS - started)) s; $(uptime)"
}
