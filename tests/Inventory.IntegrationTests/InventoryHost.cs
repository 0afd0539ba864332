using System.Net.Http.Headers;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// Inventory alone, in process, on the real local PostgreSQL and RabbitMQ, with a clock the test
/// moves: what happens "on the day" can be shown without waiting for it.
/// </summary>
public sealed class InventoryHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private const string Postgres = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
    private const string SigningKey = "inventory-integration-tests-signing-key-0123456789";
    private readonly string _database = $"inventory_it_{Guid.NewGuid():N}";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:inventorydb", $"{Postgres};Database={_database}");
        builder.UseSetting("ConnectionStrings:messaging", Environment.GetEnvironmentVariable("ConnectionStrings__messaging") ?? "amqp://guest:guest@localhost:5672");
        builder.UseSetting("Messaging:ServiceName", $"inventory-it-{_database[^8..]}");
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        // The scheduler's own loop runs once at start; the tests drive it themselves.
        builder.UseSetting("Inventory:PlannedChangesCheckInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient Planner(Ags tenant)
    {
        var client = CreateClient();
        // Long-lived, since the tests move the clock ahead by weeks.
        var token = DevTokens.Issue(new JwtOptions { SigningKey = SigningKey }, tenant, [Roles.Planner], TimeSpan.FromDays(365));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
