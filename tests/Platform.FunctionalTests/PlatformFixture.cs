using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The whole platform, hosted for real by the AppHost on the local PostgreSQL and RabbitMQ: each
/// run gets its own databases and its own RabbitMQ virtual host, so runs never see each other.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["surveys", "inventory", "gaps", "partners"];

    /// <summary>The web applications people use, in front of the services.</summary>
    public static readonly string[] WebApps = ["survey-web", "planner-web"];
    private static readonly string[] Databases = ["surveysdb", "inventorydb", "gapsdb", "partnersdb"];
    private const string Postgres = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
    /// <summary>The services' development token key for this run (the AppHost's jwt-signing-key parameter).</summary>
    public const string SigningKey = "functional-tests-signing-key-0123456789abcdef";

    /// <summary>The surveys service's receipt secret for this run (the AppHost's surveys-receipt-secret parameter).</summary>
    public const string ReceiptSecret = "functional-tests-receipt-secret-0123456789abcdef";

    public const int PerClientPermitLimit = 100_000;
    public const int PerSurveyPermitLimit = 30;

    private readonly string _run = $"t{Guid.NewGuid():N}"[..12];
    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The run's own RabbitMQ virtual host, where the services publish.</summary>
    public Uri MessagingUri => new($"amqp://guest:guest@localhost:5672/{_run}");

    public async Task InitializeAsync()
    {
        await VirtualHosts.CreateAsync(_run);

        string[] args =
        [
            $"ConnectionStrings:messaging=amqp://guest:guest@localhost:5672/{_run}",
            .. Databases.Select(db => $"ConnectionStrings:{db}={Postgres};Database={db}_{_run}"),
            $"Parameters:jwt-signing-key={SigningKey}",
            $"Parameters:surveys-receipt-secret={ReceiptSecret}",
            // Tests share one client address; each survey's limit is tight enough for a test to reach it.
            $"Surveys:RateLimits:PerClientPermitLimit={PerClientPermitLimit}",
            $"Surveys:RateLimits:PerSurveyPermitLimit={PerSurveyPermitLimit}",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(startup.Token);
        foreach (var resource in Services.Concat(WebApps))
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        foreach (var db in Databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{db}_{_run}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        await VirtualHosts.DeleteAsync(_run);
    }

    /// <summary>A client of one service, authenticated as a staff member of <paramref name="tenant"/>.</summary>
    public HttpClient Client(string service, Ags tenant, string role = Roles.Planner)
    {
        var client = App.CreateHttpClient(service);
        var token = DevTokens.Issue(new JwtOptions { SigningKey = SigningKey }, tenant, [role], TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Where a web application answers, e.g. the survey pages.</summary>
    public Uri WebAddress(string app) => App.GetEndpoint(app, "http");

    /// <summary>Starts watching for <typeparamref name="TEvent"/> on the run's virtual host; only events published from now on are seen.</summary>
    public Task<EventProbe<TEvent>> Probe<TEvent>() where TEvent : class => EventProbe<TEvent>.StartAsync(MessagingUri);

    /// <summary>A municipality no other test uses, so tests share the platform without sharing data.</summary>
    private static int _lastTenant = Random.Shared.Next(0, 500_000);

    /// <summary>A tenant no other test of this run uses (a random one collided now and then: one test saw another's areas).</summary>
    public static Ags NewTenant() => Ags.Parse($"09{Interlocked.Increment(ref _lastTenant) % 1_000_000:D6}");
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>, ICollectionFixture<Browsing.BrowserFixture>
{
    public const string Name = "platform";
}
