#!/usr/bin/env bash
# Adds a migration named $1 to every service, for both database providers, after a model change:
#   bash scripts/add-migration.sh AddOpeningHours [Surveys|Inventory|Gaps|Partners ...]
# Migrations are generated from the model alone (design-time factories), so no server is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: $0 MigrationName [Service ...]}
shift
services=("${@:-Surveys Inventory Gaps Partners}")
dotnet tool restore >/dev/null
for service in ${services[*]}; do
  dotnet build "src/$service.Service" -nologo -v quiet
  for provider in PostgreSql SqlServer; do
    dotnet ef migrations add "$name" --no-build --project "src/$service.Service" \
      --context "${provider}${service}DbContext" --output-dir "Persistence/Migrations/$provider"
  done
done
