# Connection strings of the locally started servers (scripts/infra.sh), as the AppHost and the
# tests expect them. Sourced, not run; values already set in the environment win.
: "${ConnectionStrings__messaging:=amqp://guest:guest@localhost:5672}"
export ConnectionStrings__messaging
for db in surveysdb inventorydb gapsdb partnersdb; do
  var="ConnectionStrings__$db"
  [ -n "${!var:-}" ] || export "$var=Host=localhost;Port=5432;Database=$db;Username=postgres;Password=postgres"
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
