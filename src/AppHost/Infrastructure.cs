using Microsoft.Extensions.Configuration;

namespace GutAusgestattet.AppHost;

/// <summary>
/// Where RabbitMQ and PostgreSQL come from. Aspire's container resources need a Docker engine and,
/// without one, hang instead of failing; so by default the AppHost uses servers already running
/// (scripts/infra.sh starts them) through connection strings, and checks those exist before
/// anything waits on them. <c>Infrastructure:UseContainers=true</c> switches to containers.
/// </summary>
internal static class Infrastructure
{
    public static readonly string[] Databases = ["surveysdb", "inventorydb", "gapsdb", "partnersdb"];

    public const string Messaging = "messaging";

    public static (IResourceBuilder<IResourceWithConnectionString> Messaging, IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases)
        Add(IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Infrastructure:UseContainers"))
        {
            var rabbit = builder.AddRabbitMQ(Messaging).WithManagementPlugin();
            var postgres = builder.AddPostgres("postgres");
            return (rabbit, Databases.ToDictionary(name => name, name => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(name)));
        }

        var missing = Databases.Prepend(Messaging).Where(name => string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name))).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"Missing connection string(s): {string.Join(", ", missing)}. Start the servers with 'bash scripts/infra.sh up' and set " +
                string.Join(", ", missing.Select(name => $"ConnectionStrings__{name}")) +
                " (./run.sh does both), or set Infrastructure__UseContainers=true where a Docker engine runs.");

        return (builder.AddConnectionString(Messaging), Databases.ToDictionary(name => name, name => builder.AddConnectionString(name)));
    }
}
