#!/usr/bin/env bash
# Brings the whole platform up on this machine: PostgreSQL and RabbitMQ (installed and started
# where missing), a build, then the Aspire AppHost with its dashboard and the four services.
# Each service applies its migrations before it takes traffic. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/env.sh

bash scripts/infra.sh up
dotnet build src/AppHost -nologo -v quiet
cat <<TXT
Starting the AppHost. Dashboard: http://localhost:15888 (the login link with its token follows below)
Survey pages for households: http://localhost:5100 (open link /<AGS>/<survey id>, invitation /i/<code>, receipts /receipt)
Planners' application: http://localhost:5105 (Development sign-in: type a municipality key such as 09162000 and pick a role)
Services: surveys http://localhost:5101, inventory http://localhost:5102, gaps http://localhost:5103, partners http://localhost:5104
  (OpenAPI at /openapi/v1.json, API reference at /scalar, health at /health/ready)
A planner token for tenant 09162000: dotnet run --project tools/DevTokens -- --tenant 09162000 --role planner
TXT
exec dotnet run --project src/AppHost --no-build --launch-profile http
