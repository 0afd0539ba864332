#!/usr/bin/env bash
# Creates the development overlay's Secrets in the current kubectl context; their values never enter the repository.
# The signing key and the receipt secret are random; the connection strings come from the environment:
#   PG_HOST, PG_PORT (5432), RABBITMQ_URI (amqp://user:password@host:5672/vhost) or, for each service's own broker user
#   as in production (docs/operations.md, Broker users), <SERVICE>_RABBITMQ_URI,
#   <SERVICE>_MIGRATOR_PASSWORD and <SERVICE>_SERVICE_PASSWORD for surveys, inventory, gaps, partners
# (roles <service>_migrator and <service>_service as docs/operations.md creates them).
set -euo pipefail
namespace=${NAMESPACE:-gut-ausgestattet-dev}
: "${PG_HOST:?}"
port=${PG_PORT:-5432}

secret() { # name, key, value: created or replaced, the value read from stdin so it shows in no process list
  printf '%s' "$3" | kubectl -n "$namespace" create secret generic "$1" --from-file="$2"=/dev/stdin \
    --dry-run=client -o yaml | kubectl apply -f -
}

for service in surveys inventory gaps partners; do
  upper=${service^^}
  migrator_password=${upper}_MIGRATOR_PASSWORD service_password=${upper}_SERVICE_PASSWORD broker=${upper}_RABBITMQ_URI
  : "${!migrator_password:?}" "${!service_password:?}"
  broker_uri=${!broker:-${RABBITMQ_URI:?set RABBITMQ_URI or $broker}}
  base="Host=$PG_HOST;Port=$port;Database=${service}db"
  secret "$service-database-migrator" connection-string "$base;Username=${service}_migrator;Password=${!migrator_password}"
  secret "$service-database-service" connection-string "$base;Username=${service}_service;Password=${!service_password}"
  secret "$service-messaging" connection-string "$broker_uri"
done
secret surveys-receipt secret "$(openssl rand -base64 48)"
secret jwt-signing-key signing-key "$(openssl rand -base64 48)"
