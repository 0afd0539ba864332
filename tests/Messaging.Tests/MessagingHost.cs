using GutAusgestattet.Messaging;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>
/// A real generic host with the platform bus on RabbitMQ and the outbox on a fresh PostgreSQL
/// database. Queue names carry a unique prefix so runs never meet other runs on the same broker;
/// the database and the queues are removed again on dispose.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    public const string SharedBroker = "amqp://guest:guest@localhost:5672";

    private readonly IHost _host;
    private readonly string _databaseConnection;
    private readonly string _broker;

    private readonly IReadOnlyCollection<string> _queues;

    private MessagingHost(IHost host, string databaseConnection, string broker, IReadOnlyCollection<string> queues)
    {
        _host = host;
        _databaseConnection = databaseConnection;
        _broker = broker;
        _queues = queues;
    }

    public IServiceProvider Services => _host.Services;

    public Recorder Recorder => Services.GetRequiredService<Recorder>();

    public string QueueOf<TConsumer>() where TConsumer : class, IConsumer =>
        Services.GetRequiredService<IEndpointNameFormatter>().Consumer<TConsumer>();

    public static async Task<MessagingHost> StartAsync(
        Action<IBusRegistrationConfigurator> consumers, string broker = SharedBroker, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var database = $"Host=127.0.0.1;Port=5432;Username=postgres;Database=messaging_tests_{id}";
        var queues = new List<string>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker,
            ["Messaging:ServiceName"] = $"msgtest-{id[..12]}",
            ["Messaging:RetryIntervals:0"] = "00:00:00.050",
            ["Messaging:RetryIntervals:1"] = "00:00:00.100",
            ["Messaging:RedeliveryDelays:0"] = "00:00:00.500",
            ["Messaging:OutboxPollInterval"] = "00:00:10",
            ["Messaging:OutboxMaxRetryDelay"] = "00:00:01",
            ["Messaging:MessageDeliveryTimeout"] = "00:00:02",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<Recorder>();
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddDbContext<TestDbContext>(options => options.UseNpgsql(database, npgsql => npgsql.EnableRetryOnFailure()));
        builder.AddPlatformMessaging<TestDbContext>(bus =>
        {
            consumers(bus);
            bus.AddConfigureEndpointsCallback((queue, _) => queues.Add(queue));
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        bus.ConnectReceiveObserver(host.Services.GetRequiredService<Recorder>());
        return new MessagingHost(host, database, broker, queues);
    }

    /// <summary>A scope running for <paramref name="tenant"/>, as an HTTP request would.</summary>
    public AsyncServiceScope TenantScope(string tenant)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenant));
        return scope;
    }

    /// <summary>A stored note of <paramref name="tenant"/> for consumers to count on.</summary>
    public async Task<Guid> AddNoteAsync(string tenant, string text)
    {
        var id = Guid.NewGuid();
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.Notes.Add(new Note { Id = id, TenantId = tenant, Text = text });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Publishes through the outbox and commits, as a request handler does.</summary>
    public async Task PublishAndSaveAsync<T>(string tenant, T message) where T : class
    {
        await using var scope = TenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(message);
        await scope.ServiceProvider.GetRequiredService<TestDbContext>().SaveChangesAsync();
    }

    public Task<ISendEndpoint> EndpointOfAsync<TConsumer>() where TConsumer : class, IConsumer =>
        Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{QueueOf<TConsumer>()}"));

    public async Task<T> Query<T>(string tenant, Func<TestDbContext, Task<T>> query)
    {
        await using var scope = TenantScope(tenant);
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await DeleteQueues(_queues);
        NpgsqlConnection.ClearAllPools();
        var options = new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(_databaseConnection).Options;
        await using var db = new TestDbContext(options, new TenantContext());
        await db.Database.EnsureDeletedAsync();
    }

    private async Task DeleteQueues(IEnumerable<string> queues)
    {
        try
        {
            await using var connection = await new ConnectionFactory { Uri = new Uri(_broker) }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            foreach (var queue in queues)
                foreach (var name in new[] { queue, $"{queue}_error", $"{queue}_skipped", $"{queue}_redelivery_500ms" })
                {
                    await channel.QueueDeleteAsync(name);
                    await channel.ExchangeDeleteAsync(name);
                }
        }
        catch (Exception) when (_broker != SharedBroker)
        {
            // A throw-away node that is already down keeps nothing worth deleting.
        }
    }
}
