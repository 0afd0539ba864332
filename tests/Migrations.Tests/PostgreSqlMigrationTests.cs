using GutAusgestattet.Persistence;
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

    /// <summary>Tables with no tenant's data: outbox, inbox and migration history, and Gaps' regional snapshots (sums over consenting municipalities).</summary>
    private static readonly HashSet<string> ServiceOwnTables = ["OutboxMessage", "OutboxState", "InboxState", "__EFMigrationsHistory", "RegionalSnapshots"];

    /// <summary>
    /// The rule for every table now and to come: one with a TenantId column, or a child table reached through one, is
    /// behind the tenant wall — row-level security on, forced on the owner too, with its policy. A new table gets it from
    /// the migration that creates it: <c>migrationBuilder.AddTenantRowSecurity("Table")</c> (or <c>AddOwnerRowSecurity</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task Every_table_with_a_tenant_column_is_behind_the_tenant_wall(string contextName)
    {
        var database = $"migrations_{Guid.NewGuid():N}";
        await using var db = ServiceContexts.Create(contextName, options => options.UseNpgsql($"{Server};Database={database}"));
        try
        {
            await db.Database.MigrateAsync();
            var tables = await db.Database.SqlQueryRaw<WalledTable>($"""
                SELECT c.relname AS "Table", c.relrowsecurity AS "Enabled", c.relforcerowsecurity AS "Forced",
                       EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = '{TenantRowSecurity.PolicyName}') AS "HasPolicy"
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r'
                """).ToListAsync();

            Assert.NotEmpty(tables);
            // Every table but the service's own bookkeeping and the district sums fit to show: tenant-owned rows, and child
            // rows reached through them, such as the needs of a recorded response.
            var open = tables.Where(t => !ServiceOwnTables.Contains(t.Table) && !(t.Enabled && t.Forced && t.HasPolicy)).Select(t => t.Table).ToList();
            Assert.True(open.Count == 0, $"Tables without the tenant wall: {string.Join(", ", open)}. Call migrationBuilder.AddTenantRowSecurity(...) "
                + "(or AddOwnerRowSecurity for a child table without a TenantId) in the migration that creates them.");
            // Every tenant-owned entity of the model has such a table, so the rule above cannot miss one.
            var owned = db.Model.GetEntityTypes().Where(e => e.FindProperty("TenantId") is not null).Select(e => e.GetTableName()).Distinct();
            Assert.Empty(owned.Except(tables.Select(t => t.Table)));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    private sealed record WalledTable(string Table, bool Enabled, bool Forced, bool HasPolicy);
}
