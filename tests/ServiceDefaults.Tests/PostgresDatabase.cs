using Npgsql;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>A throw-away database on the local PostgreSQL server (scripts/infra.sh), dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private static readonly string Server = Environment.GetEnvironmentVariable("TEST_POSTGRES")
        ?? "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(Server) { Database = $"test_{Guid.NewGuid():N}" }.ConnectionString;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
