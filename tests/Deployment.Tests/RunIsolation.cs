using Npgsql;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// What makes one smoke run its own on the machine's shared PostgreSQL and RabbitMQ: the databases and roles the
/// secrets name get a per-run suffix (roles are server-wide in PostgreSQL), the broker a per-run virtual host and the
/// broker users the secrets name a per-run suffix too (users are broker-wide), each with the permissions the operators
/// overlay gives it. Created as docs/operations.md tells regional IT to, and removed at the end.
/// </summary>
public sealed class RunIsolation : IAsyncDisposable
{
    /// <summary>The test's own administrator on the local server, in the place of the region's DBA.</summary>
    private const string Administrator = "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    private readonly string _suffix = $"smoke{Guid.NewGuid():N}"[..13];
    private readonly List<string> _databases = [];
    private readonly HashSet<string> _roles = [];
    private readonly HashSet<string> _brokerUsers = [];

    private RunIsolation() { }

    public string VirtualHost => _suffix;

    public static async Task<RunIsolation> CreateAsync()
    {
        var run = new RunIsolation();
        await VirtualHosts.CreateAsync(run.VirtualHost);
        return run;
    }

    /// <summary>A connection string, or the service role a migration grants to, renamed for this run; anything else unchanged.</summary>
    public string Localize(string name, string value)
    {
        if (name == "Database__ServiceRole") return Renamed(value);
        if (!name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)) return value;
        if (value.StartsWith("amqp", StringComparison.Ordinal))
        {
            var broker = new UriBuilder(value) { Path = VirtualHost };
            broker.UserName = Renamed(Uri.UnescapeDataString(broker.UserName));
            return broker.Uri.ToString();
        }
        var database = new NpgsqlConnectionStringBuilder(value);
        database.Database = Renamed(database.Database!);
        database.Username = Renamed(database.Username!);
        return database.ConnectionString;
    }

    private string Renamed(string name) => $"{name}_{_suffix}";

    /// <summary>
    /// Creates the two roles and the database of one service as docs/operations.md does: the migrator (from the Job's
    /// connection string) owns the database, the service role (from the Deployment's) may only connect.
    /// </summary>
    public async Task CreateDatabaseAsync(string migratorConnection, string serviceConnection)
    {
        var migrator = new NpgsqlConnectionStringBuilder(migratorConnection);
        var service = new NpgsqlConnectionStringBuilder(serviceConnection);
        if (migrator.Database != service.Database)
            throw new InvalidOperationException($"The migration Job migrates {migrator.Database}, the Deployment uses {service.Database}.");
        await using var admin = new NpgsqlConnection(Administrator);
        await admin.OpenAsync();
        foreach (var role in new[] { migrator, service })
        {
            if (!_roles.Add(role.Username!)) continue;
            await Execute(admin, $"CREATE ROLE \"{role.Username}\" LOGIN PASSWORD '{role.Password!.Replace("'", "''")}'");
        }
        _databases.Add(migrator.Database!);
        await Execute(admin, $"CREATE DATABASE \"{migrator.Database}\" OWNER \"{migrator.Username}\"");
        await Execute(admin, $"REVOKE ALL ON DATABASE \"{migrator.Database}\" FROM PUBLIC");
        await Execute(admin, $"GRANT CONNECT ON DATABASE \"{migrator.Database}\" TO \"{service.Username}\"");
    }

    /// <summary>
    /// Creates the broker user a connection string names, as the operators overlay's User and Permission resources
    /// would (docs/operations.md): on the run's virtual host, with exactly the permissions given there for that user.
    /// </summary>
    public async Task CreateBrokerUserAsync(string brokerConnection)
    {
        var broker = new Uri(brokerConnection);
        var credentials = broker.UserInfo.Split(':', 2).Select(Uri.UnescapeDataString).ToArray();
        if (!_brokerUsers.Add(credentials[0])) return;
        await VirtualHosts.CreateUserAsync(VirtualHost, Renamed(credentials[0]), credentials[1], Overlay.BrokerPermissionsOf(credentials[0]));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(Administrator))
        {
            await admin.OpenAsync();
            foreach (var database in _databases) await Execute(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            foreach (var role in _roles) await Execute(admin, $"DROP ROLE IF EXISTS \"{role}\"");
        }
        await VirtualHosts.DeleteAsync(VirtualHost);
        foreach (var user in _brokerUsers) await VirtualHosts.DeleteUserAsync(Renamed(user));
    }
}
