using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Reflection;
using GutAusgestattet.Contracts;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// One service alone, in process, on the real local PostgreSQL (a database of its own, dropped at
/// the end) and RabbitMQ (a virtual host of its own, deleted at the end, so no queue of a finished
/// run stays bound to the exchanges and keeps filling), with a clock the test moves: what happens
/// "on the day" can be shown without waiting for it. As in production, the database is migrated by a role that owns
/// the tables, and the service runs as a role that may only read and write rows (<see cref="ServiceDatabases"/>), so
/// every test goes through the database's tenant wall.
/// </summary>
/// <param name="service">The service's short name: its database is <c>{service}db</c>.</param>
public abstract class ServiceHost<TEntryPoint>(string service) : WebApplicationFactory<TEntryPoint>, IAsyncLifetime where TEntryPoint : class
{
    private const string Postgres = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
    /// <summary>The development token key the host signs with; public so that tests can show what it must not open.</summary>
    public const string SigningKey = "service-integration-tests-signing-key-0123456789";
    private readonly string _database = $"{service}_it_{Guid.NewGuid():N}";

    /// <summary>The run's RabbitMQ virtual host: its database's name.</summary>
    public string VirtualHost => _database;

    /// <summary>What the service's queues are named after.</summary>
    public string ServiceName => $"{service}-it-{_database[^8..]}";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The PostgreSQL server the service connects to (a <see cref="TcpRelay"/> where a test takes it away).</summary>
    protected virtual string DatabaseServer => Postgres;

    /// <summary>The RabbitMQ server's host and port.</summary>
    protected virtual string Broker => "localhost:5672";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{service}db", ServiceDatabases.AsServiceRole(DatabaseServer, _database));
        // The migration Job's part is done by InitializeAsync.
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("ConnectionStrings:messaging", $"amqp://guest:guest@{Broker}/{VirtualHost}");
        builder.UseSetting("Messaging:ServiceName", ServiceName);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The route patterns a caller reaches without signing in: those that allow anonymous callers, or have no policy while there is no fallback.</summary>
    public async Task<IReadOnlyList<string>> AnonymousRoutesAsync()
    {
        var fallback = await Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        return Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || (e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0 && fallback is null))
            .Select(e => e.RoutePattern.RawText!).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Works on the service's database as <paramref name="tenant"/>: its rows only, as the service itself sees them. Each
    /// host offers it typed with its own context.
    /// </summary>
    protected async Task<T> InTenant<TContext, T>(Ags tenant, Func<TContext, Task<T>> work) where TContext : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>
    /// Publishes <paramref name="events"/> at once in shuffled order, eight at a time, and returns once the service's inbox
    /// has consumed every one: how the tests make versions of one thing overtake each other under concurrent consumers.
    /// </summary>
    protected async Task PublishShuffledAsync<TContext>(Ags tenant, IEnumerable<object> events) where TContext : DbContext
    {
        await Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = Services.GetRequiredService<IBus>();
        var sent = events.Select(e => (Id: NewId.NextGuid(), Event: e)).ToArray();
        Random.Shared.Shuffle(sent);
        await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) =>
            await bus.Publish(e.Event, e.Event.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = e.Id), ct));

        // Every event consumed, the older ones included: only then could a stale one have landed last.
        var ids = sent.Select(e => e.Id).ToList();
        Task<int> Consumed() => InTenant<TContext, int>(tenant, db => db.Set<InboxState>().Where(i => ids.Contains(i.MessageId) && i.Consumed != null)
            .Select(i => i.MessageId).Distinct().CountAsync());
        var until = DateTime.UtcNow.AddSeconds(60);
        while (await Consumed() < ids.Count && DateTime.UtcNow < until)
            await Task.Delay(200);
        Assert.Equal(ids.Count, await Consumed());
    }

    /// <summary>
    /// Collects the <typeparamref name="T"/> events of <paramref name="tenant"/> the service publishes to the broker, from now until the
    /// returned endpoint is stopped.
    /// </summary>
    public async Task<(ConcurrentQueue<T> Seen, HostReceiveEndpointHandle Listener)> ListenAsync<T>(Ags tenant) where T : class, ITenantEvent
    {
        var seen = new ConcurrentQueue<T>();
        await Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var listener = Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), configureEndpoint: endpoint =>
            endpoint.Handler<T>(c =>
            {
                if (c.Message.TenantId == tenant.Value) seen.Enqueue(c.Message);
                return Task.CompletedTask;
            }));
        await listener.Ready;
        return (seen, listener);
    }

    public HttpClient Planner(Ags tenant) => Staff(tenant, Roles.Planner);

    /// <summary>The service's OpenAPI document, read as a signed-in planner (outside Development it is not anonymous).</summary>
    public Task<OpenApiDocument> OpenApiDocumentAsync() => OpenApiDocument.ReadAsync(Planner(Ags.Parse("09162000")));

    /// <summary>The municipality's data steward, signed in as subject <c>steward</c>.</summary>
    public HttpClient Steward(Ags tenant) => Staff(tenant, Roles.DataSteward, "steward");

    /// <summary>A client signed in for <paramref name="tenant"/> in <paramref name="role"/>.</summary>
    public HttpClient Staff(Ags tenant, string role, string subject = "dev-user")
    {
        var client = CreateClient();
        // Long-lived, since the tests move the clock ahead by weeks.
        var token = DevTokens.Issue(new JwtOptions { SigningKey = SigningKey }, tenant, [role], TimeSpan.FromDays(3650), subject);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Shows the database's tenant wall from inside the service: in a unit of work of <paramref name="tenant"/>, queries through
    /// the service's own DbContext that deliberately lift the tenant filter (EF with IgnoreQueryFilters, and raw SQL) on every
    /// table with a TenantId column see only <paramref name="tenant"/>'s rows; without a tenant they see none; only where the
    /// scope opens AcrossTenants do they see <paramref name="other"/>'s rows too — so the test has rows of both to miss.
    /// </summary>
    public async Task AssertTenantWallAsync(Ags tenant, Ags other)
    {
        var own = await UnfilteredTenantsAsync(tenant, acrossTenants: false);
        Assert.All(own, seen => Assert.True(seen.Tenants.All(t => t == tenant.Value), $"{seen.Query} in a unit of work of {tenant} saw {string.Join(", ", seen.Tenants)}"));
        Assert.Contains(own, seen => seen.Tenants.Contains(tenant.Value));
        Assert.All(await UnfilteredTenantsAsync(null, acrossTenants: false), seen => Assert.True(seen.Tenants.Length == 0, $"{seen.Query} without a tenant saw {string.Join(", ", seen.Tenants)}"));
        Assert.Contains(await UnfilteredTenantsAsync(null, acrossTenants: true), seen => seen.Tenants.Contains(tenant.Value) && seen.Tenants.Contains(other.Value));
    }

    private async Task<List<(string Query, string[] Tenants)>> UnfilteredTenantsAsync(Ags? tenant, bool acrossTenants)
    {
        await using var scope = Services.CreateAsyncScope();
        if (tenant is { } t) scope.ServiceProvider.GetRequiredService<TenantContext>().Set(t);
        // The context type the service registers: the base of its provider flavours.
        var db = (TenantDbContext)scope.ServiceProvider.GetRequiredService(ServiceDatabases.PostgreSqlContext(typeof(TEntryPoint).Assembly).BaseType!);
        using var across = acrossTenants ? db.AcrossTenants() : null;
        var seen = new List<(string, string[])>();
        var unfiltered = typeof(ServiceHost<TEntryPoint>).GetMethod(nameof(Unfiltered), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned() && e.FindProperty(nameof(ITenantOwned.TenantId)) is not null))
        {
            var tenants = await (Task<string[]>)unfiltered.MakeGenericMethod(entity.ClrType).Invoke(null, [db])!;
            seen.Add(($"{entity.ClrType.Name} with IgnoreQueryFilters", tenants));
            var raw = $"SELECT DISTINCT \"TenantId\" AS \"Value\" FROM \"{entity.GetTableName()}\"";
            seen.Add((raw, (await db.Database.SqlQueryRaw<string>(raw).ToListAsync()).ToArray()));
        }
        return seen;
    }

    private static async Task<string[]> Unfiltered<T>(DbContext db) where T : class =>
        await db.Set<T>().IgnoreQueryFilters().Select(e => EF.Property<string>(e, nameof(ITenantOwned.TenantId))).Distinct().ToArrayAsync();

    public async Task InitializeAsync()
    {
        await VirtualHosts.CreateAsync(VirtualHost);
        await ServiceDatabases.MigrateAsync(ServiceDatabases.PostgreSqlContext(typeof(TEntryPoint).Assembly), $"{Postgres};Database={_database}");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await VirtualHosts.DeleteAsync(VirtualHost);
    }

}
