#!/usr/bin/env bash
# Brings up (or stops) the PostgreSQL and RabbitMQ servers the platform needs, as plain
# processes: this machine has no systemd and no Docker engine. Idempotent: a server that
# already accepts connections is left running. Data lives under .local/ in the repo so runs
# never collide with a system installation.
#   up             for the platform (run.sh): PostgreSQL durable, fsync on — also when a test run
#                  had turned it off on the running server
#   up-for-tests   for test runs (test.sh): a server started here skips fsync, which test
#                  databases may trade for speed; one already running is left as it is
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state="$root/.local"
pg_port=${PG_PORT:-5432}
amqp_port=${AMQP_PORT:-5672}

log() { printf '[infra] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  local port=$1 name=$2 tries=${3:-120}
  for ((i = 0; i < tries; i++)); do
    port_open "$port" && return 0
    sleep 0.5
  done
  log "$name did not accept connections on port $port"; return 1
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

# fsync lives in postgresql.auto.conf (ALTER SYSTEM), not on the command line, so a running server
# changes it on reload and the platform never inherits a test run's setting.
postgres_fsync() {
  local value=$1
  local sql="ALTER SYSTEM SET fsync = $value"; [ "$value" = on ] && sql="ALTER SYSTEM RESET fsync"
  "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qAtc "$sql" -c "SELECT pg_reload_conf()" >/dev/null
  log "PostgreSQL fsync: $("$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qAtc 'SHOW fsync')"
}

postgres_up() {
  if port_open "$pg_port"; then log "PostgreSQL already listening on $pg_port"; return; fi
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin; bin=$(pg_bin)
  local data="$state/postgres/data" sock="$state/postgres/run"
  mkdir -p "$state/postgres" "$sock"
  chown postgres:postgres "$state/postgres" "$sock"
  # initdb refuses a data directory whose parents postgres cannot enter.
  chmod o+x "$root" "$state" 2>/dev/null || true
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initdb $data"
    runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  log "starting PostgreSQL on $pg_port"
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$state/postgres/server.log" \
    -o "-p $pg_port -k $sock -c listen_addresses=127.0.0.1 -c max_connections=300" -w start >/dev/null
  wait_for_port "$pg_port" PostgreSQL
}

postgres_down() {
  local bin; bin=$(pg_bin) || return 0
  [ -f "$state/postgres/data/postmaster.pid" ] || return 0
  runuser -u postgres -- "$bin/pg_ctl" -D "$state/postgres/data" -m fast stop >/dev/null || true
}

rabbit_env() {
  export RABBITMQ_MNESIA_BASE="$state/rabbitmq/mnesia"
  export RABBITMQ_LOG_BASE="$state/rabbitmq/log"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$state/rabbitmq/enabled_plugins"
  export RABBITMQ_NODE_PORT="$amqp_port"
  export RABBITMQ_NODENAME="rabbit@localhost"
  export RABBITMQ_PID_FILE="$state/rabbitmq/rabbit.pid"
}

rabbit_up() {
  if port_open "$amqp_port"; then log "RabbitMQ already listening on $amqp_port"; return; fi
  rabbit_env
  start_rabbit_node "$state/rabbitmq" '[rabbitmq_management].' "$amqp_port"
}

# Starts the node described by the RABBITMQ_* variables, with its data under $1.
start_rabbit_node() {
  local dir=$1 plugins=$2 port=$3
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  [ -f "$RABBITMQ_ENABLED_PLUGINS_FILE" ] || echo "$plugins" > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  # Debian's wrapper drops to the rabbitmq user, which must own the node's directories.
  chown -R rabbitmq:rabbitmq "$dir"
  chmod o+x "$root" "$state" 2>/dev/null || true
  log "starting RabbitMQ node $RABBITMQ_NODENAME on $port"
  rabbitmq-server -detached
  # await_startup fails at once while the node is not yet registered with epmd.
  for ((i = 0; i < 60; i++)); do
    rabbitmqctl -n "$RABBITMQ_NODENAME" await_startup --timeout 60 >/dev/null 2>&1 && break
    sleep 1
  done
  wait_for_port "$port" "RabbitMQ node $RABBITMQ_NODENAME"
}

rabbit_down() {
  command -v rabbitmqctl >/dev/null || return 0
  rabbit_env
  [ -f "$RABBITMQ_PID_FILE" ] || return 0
  rabbitmqctl -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
  rm -f "$RABBITMQ_PID_FILE"
}

# A second, throw-away RabbitMQ node for tests that must really stop a broker without touching
# the shared one: own node name, AMQP port, distribution port and data under .local/rabbit-<name>.
rabbit_node_env() {
  local name=$1 port=$2 dir="$state/rabbit-$1"
  export RABBITMQ_NODENAME="$name@localhost"
  export RABBITMQ_NODE_PORT="$port"
  export RABBITMQ_DIST_PORT=$((port + 20000))
  export RABBITMQ_MNESIA_BASE="$dir/mnesia"
  export RABBITMQ_LOG_BASE="$dir/log"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_PID_FILE="$dir/rabbit.pid"
}

rabbit_node_start() {
  local name=${1:?node name} port=${2:?AMQP port}
  if port_open "$port"; then log "RabbitMQ node $name already listening on $port"; return; fi
  rabbit_node_env "$name" "$port"
  # No management plugin: its port 15672 belongs to the shared node.
  start_rabbit_node "$state/rabbit-$name" '[].' "$port"
}

rabbit_node_stop() {
  local name=${1:?node name}
  rabbit_node_env "$name" 0
  rabbitmqctl -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
  rm -f "$RABBITMQ_PID_FILE"
}

case "${1:-up}" in
  up) postgres_up; postgres_fsync on; rabbit_up; log "PostgreSQL 127.0.0.1:$pg_port, RabbitMQ 127.0.0.1:$amqp_port ready" ;;
  up-for-tests)
    started=""; port_open "$pg_port" || started=1
    postgres_up; [ -n "$started" ] && postgres_fsync off
    rabbit_up; log "PostgreSQL 127.0.0.1:$pg_port, RabbitMQ 127.0.0.1:$amqp_port ready" ;;
  down) rabbit_down; postgres_down; log "stopped" ;;
  rabbit-node)
    case "${2:-}" in
      start) rabbit_node_start "${3:-}" "${4:-}" ;;
      stop) rabbit_node_stop "${3:-}" ;;
      *) echo "usage: $0 rabbit-node start NAME PORT | stop NAME" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: $0 [up|up-for-tests|down|rabbit-node start NAME PORT|rabbit-node stop NAME]" >&2; exit 2 ;;
esac
