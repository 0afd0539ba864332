using System.Net.Http.Headers;
using Aspire.Hosting;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Npgsql;

namespace GutAusgestattet.FunctionalTests.Replicas;

/// <summary>
/// The four services as a cluster runs them, without the AppHost: each database migrated once by its migration run
/// (<c>--migrate</c>, as the owner), then two instances of every service on the same database, broker and virtual
/// host, connected as a role that may only read and write rows — no DDL, no ownership.
/// </summary>
public sealed class ReplicatedPlatform : IAsyncLifetime
{
    public const int Replicas = 2;
    private const string Server = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
    private const string RolePassword = "replica-tests";

    private static readonly Dictionary<string, IProjectMetadata> Projects = new()
    {
        ["surveys"] = new global::Projects.Surveys_Service(),
        ["inventory"] = new global::Projects.Inventory_Service(),
        ["gaps"] = new global::Projects.Gaps_Service(),
        ["partners"] = new global::Projects.Partners_Service(),
    };

    private readonly string _run = $"r{Guid.NewGuid():N}"[..12];
    public Uri MessagingUri => new($"amqp://guest:guest@localhost:5672/{_run}");

    /// <summary>Every instance of every service, by service.</summary>
    public Dictionary<string, List<ServiceInstance>> Instances { get; } = [];

    public string Database(string service) => $"{service}_{_run}";

    /// <summary>The role the instances of a service connect as.</summary>
    public string ServiceRole(string service) => $"{_run}_{service}";

    public string ServiceConnection(string service) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = Database(service), Username = ServiceRole(service), Password = RolePassword }.ConnectionString;

    public string OwnerConnection(string service) => new NpgsqlConnectionStringBuilder(Server) { Database = Database(service) }.ConnectionString;

    public async Task InitializeAsync()
    {
        await VirtualHosts.CreateAsync(_run);
        await using (var server = new NpgsqlConnection(Server))
        {
            await server.OpenAsync();
            foreach (var service in Projects.Keys)
            {
                await Execute(server, $"CREATE DATABASE \"{Database(service)}\"");
                await Execute(server, $"CREATE ROLE \"{ServiceRole(service)}\" LOGIN PASSWORD '{RolePassword}'");
            }
        }
        foreach (var (service, project) in Projects)
        {
            var migrator = Settings(service, OwnerConnection(service));
            migrator["Database__ServiceRole"] = ServiceRole(service);
            await using var migration = new ProgramProcess($"{service} --migrate", ProgramProcess.Built(project.ProjectPath), Path.GetDirectoryName(project.ProjectPath)!,
                ["--migrate"], migrator);
            await migration.RunToEndAsync(TimeSpan.FromMinutes(2));
        }
        // One after another: six processes starting at once on two cores take longer than their probes wait.
        foreach (var (service, project) in Projects)
        {
            Instances[service] = [];
            for (var i = 0; i < Replicas; i++)
            {
                var (process, address) = await Listening.StartAsync($"{service} #{i + 1}", project.ProjectPath, Settings(service, ServiceConnection(service)), probe: "/health/ready");
                Instances[service].Add(new ServiceInstance(process, address));
            }
        }
    }

    private Dictionary<string, string> Settings(string service, string database) => new()
    {
        // Development only for the token key the tests sign with; everything else as in a cluster.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Warning",
        [$"ConnectionStrings__{service}db"] = database,
        ["ConnectionStrings__messaging"] = MessagingUri.ToString(),
        ["Jwt__SigningKey"] = PlatformFixture.SigningKey,
        ["Database__MigrateOnStartup"] = "false",
        // Long enough to see readiness fail while the instance still serves.
        ["Shutdown__DrainDelay"] = "00:00:05",
        ["Inventory__PlannedChangesCheckInterval"] = "00:00:01",
        ["Surveys__ReceiptSecret"] = PlatformFixture.ReceiptSecret,
        ["Surveys__RateLimits__PerClientPermitLimit"] = "100000",
        ["Surveys__RateLimits__PerSurveyPermitLimit"] = "100000",
    };

    /// <summary>A client of one service, spread over its running instances as a load balancer would (see <see cref="Balancer"/>).</summary>
    public HttpClient Client(string service, Ags tenant)
    {
        var client = new HttpClient(new Balancer(Instances[service])) { BaseAddress = new Uri("http://balanced"), Timeout = TimeSpan.FromSeconds(30) };
        var token = DevTokens.Issue(new JwtOptions { SigningKey = PlatformFixture.SigningKey }, tenant, [Roles.Planner], TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client of exactly one instance.</summary>
    public HttpClient Client(ServiceInstance instance, Ags tenant)
    {
        var client = new HttpClient { BaseAddress = instance.Address };
        var token = DevTokens.Issue(new JwtOptions { SigningKey = PlatformFixture.SigningKey }, tenant, [Roles.Planner], TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in Instances.Values.SelectMany(i => i)) await instance.Process.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(Server))
        {
            await server.OpenAsync();
            foreach (var service in Projects.Keys)
            {
                await Execute(server, $"DROP DATABASE IF EXISTS \"{Database(service)}\" WITH (FORCE)");
                await Execute(server, $"DROP ROLE IF EXISTS \"{ServiceRole(service)}\"");
            }
        }
        await VirtualHosts.DeleteAsync(_run);
    }
}

/// <summary>One running instance of a service and where it listens.</summary>
public sealed record ServiceInstance(ProgramProcess Process, Uri Address);
