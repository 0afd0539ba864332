using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// What makes one smoke run its own on the machine's shared PostgreSQL and RabbitMQ: the databases and roles the
/// secrets name get a per-run suffix (roles are server-wide in PostgreSQL), the broker a per-run virtual host. Created
/// as docs/operations.md tells regional IT to, and removed at the end.
/// </summary>
public sealed class RunIsolation : IAsyncDisposable
{
    /// <summary>The test's own administrator on the local server, in the place of the region's DBA.</summary>
    private const string Administrator = "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    private readonly string _suffix = $"smoke{Guid.NewGuid():N}"[..13];
    private readonly List<string> _databases = [];
    private readonly HashSet<string> _roles = [];
    private readonly HttpClient _rabbit = new()
    {
        BaseAddress = new Uri("http://localhost:15672/api/"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))) },
    };

    private RunIsolation() { }

    public string VirtualHost => _suffix;

    public static async Task<RunIsolation> CreateAsync()
    {
        var run = new RunIsolation();
        (await run._rabbit.PutAsync($"vhosts/{run.VirtualHost}", null)).EnsureSuccessStatusCode();
        (await run._rabbit.PutAsJsonAsync($"permissions/{run.VirtualHost}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return run;
    }

    /// <summary>A connection string, or the service role a migration grants to, renamed for this run; anything else unchanged.</summary>
    public string Localize(string name, string value)
    {
        if (name == "Database__ServiceRole") return Renamed(value);
        if (!name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)) return value;
        if (value.StartsWith("amqp", StringComparison.Ordinal))
            return new UriBuilder(value) { Path = VirtualHost }.Uri.ToString();
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
        await _rabbit.DeleteAsync($"vhosts/{VirtualHost}");
        _rabbit.Dispose();
    }
}
