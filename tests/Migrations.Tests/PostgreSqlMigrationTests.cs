using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GutAusgestattet.Migrations.Tests;

/// <summary>Each service's PostgreSQL migrations match its model and apply to an empty database.</summary>
public class PostgreSqlMigrationTests
{
    private const string Server = "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    public static TheoryData<string> Contexts => ServiceContexts.Names(ServiceContexts.PostgreSql);

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task Migrations_apply_to_an_empty_database_and_cover_the_model(string contextName)
    {
        var database = $"migrations_{Guid.NewGuid():N}";
        await using var db = ServiceContexts.Create(contextName, options => options.UseNpgsql($"{Server};Database={database}"));
        Assert.False(db.Database.HasPendingModelChanges(), $"{contextName} has model changes without a migration: add one with dotnet ef (see README).");
        try
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }
}
