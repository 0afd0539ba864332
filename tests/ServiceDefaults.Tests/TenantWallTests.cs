using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>
/// The database's tenant wall (<see cref="TenantRowSecurity"/>) as a service meets it: a table walled by the migration
/// extension, read and written by a role that may only change rows (no superuser, no owner), through
/// <see cref="TenantDbContext"/> — so deliberately unfiltered queries are what is shown here.
/// </summary>
public sealed class TenantWallTests(WalledNotes notes) : IClassFixture<WalledNotes>
{
    private static readonly Ags Munich = WalledNotes.Munich;
    private static readonly Ags Stuttgart = WalledNotes.Stuttgart;

    private NotesDbContext Context(Ags? tenant, string? connectionString = null) => notes.Context(tenant, connectionString);

    private static Task<List<string>> UnfilteredTenants(NotesDbContext db) =>
        db.Notes.IgnoreQueryFilters().Select(n => n.TenantId).Distinct().OrderBy(t => t).ToListAsync();

    private static Task<List<string>> RawTenants(NotesDbContext db) =>
        db.Database.SqlQueryRaw<string>("""SELECT DISTINCT "TenantId" AS "Value" FROM "Notes" ORDER BY 1""").ToListAsync();

    [Fact]
    public async Task An_unfiltered_or_raw_query_sees_only_the_scopes_tenant()
    {
        await using var db = Context(Munich);
        Assert.Equal([Munich.Value], await UnfilteredTenants(db));
        Assert.Equal([Munich.Value], await RawTenants(db));
        Assert.Equal(0, await db.Database.ExecuteSqlRawAsync("""UPDATE "Notes" SET "Text" = 'overwritten' WHERE "TenantId" = '08111000'"""));
    }

    [Fact]
    public async Task A_scope_without_tenant_sees_no_row_at_all()
    {
        await using var db = Context(null);
        Assert.Empty(await UnfilteredTenants(db));
        Assert.Empty(await RawTenants(db));
    }

    [Fact]
    public async Task A_connection_that_never_named_a_tenant_sees_no_row()
    {
        await using var connection = new NpgsqlConnection(notes.ServiceRole);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Notes" """, connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_raw_insert_of_another_tenants_row_is_refused()
    {
        await using var db = Context(Munich);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Notes" ("Id", "TenantId", "Text") VALUES (gen_random_uuid(), '08111000', 'smuggled')"""));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Across_tenants_opens_every_row_only_while_it_is_open()
    {
        await using var db = Context(Munich);
        // One connection throughout, so the setting is changed on it, not merely set when it is opened.
        await db.Database.OpenConnectionAsync();
        using (db.AcrossTenants())
        {
            Assert.Equal([Stuttgart.Value, Munich.Value], await UnfilteredTenants(db));
            Assert.Equal([Stuttgart.Value, Munich.Value], await RawTenants(db));
        }
        Assert.Equal([Munich.Value], await RawTenants(db));
    }

    [Fact]
    public async Task A_rollback_does_not_bring_back_all_tenants()
    {
        await using var db = Context(Munich);
        await db.Database.OpenConnectionAsync();
        var across = db.AcrossTenants();
        Assert.Equal(2, (await RawTenants(db)).Count);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            across.Dispose();
            Assert.Equal([Munich.Value], await RawTenants(db));
            // PostgreSQL restores the setting from before the transaction: all tenants.
            await transaction.RollbackAsync();
        }
        Assert.Equal([Munich.Value], await RawTenants(db));
    }

    [Fact]
    public async Task A_pooled_connection_does_not_carry_a_previous_scopes_tenant()
    {
        // One physical connection for all, and no reset by the pool: only the interceptor stands between the scopes.
        var pool = new NpgsqlConnectionStringBuilder(notes.ServiceRole) { MaxPoolSize = 1, NoResetOnClose = true, ApplicationName = "one-connection" }.ConnectionString;
        var backends = new List<int>();
        async Task<List<string>> Visible(Ags? tenant, bool acrossTenants = false)
        {
            await using var db = Context(tenant, pool);
            using var across = acrossTenants ? db.AcrossTenants() : null;
            backends.Add(await db.Database.SqlQueryRaw<int>("""SELECT pg_backend_pid() AS "Value" """).SingleAsync());
            return await RawTenants(db);
        }

        Assert.Equal([Munich.Value], await Visible(Munich));
        Assert.Equal([Stuttgart.Value], await Visible(Stuttgart));
        Assert.Equal(2, (await Visible(null, acrossTenants: true)).Count);
        Assert.Empty(await Visible(null));
        Assert.Equal([Munich.Value], await Visible(Munich));
        // Other tests clearing all pools may cut in; at least some of the scopes still shared the one connection.
        Assert.True(backends.Distinct().Count() < backends.Count, $"no connection was shared: {string.Join(", ", backends)}");
    }

    [Fact]
    public async Task A_bulk_copy_writes_the_scopes_rows_through_the_wall_in_its_transaction()
    {
        await using var db = Context(Munich);
        var ids = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        await db.InTransactionAsync(async ct =>
        {
            using var staging = db.StageAddedRows();
            foreach (var (id, i) in ids.Select((id, i) => (id, i))) db.AddRow(new Note { Id = id, TenantId = Munich.Value, Text = $"bulk {i}" });
            Assert.True(BulkCopy.Applies(db));
            // Twice in one transaction: the staging table is made once and emptied after each move.
            var rows = BulkCopy.Take(db);
            await rows.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
            db.AddRow(new Note { Id = Guid.NewGuid(), TenantId = Munich.Value, Text = "bulk again" });
            await BulkCopy.Take(db).WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
        }, CancellationToken.None);

        await using var check = Context(Munich);
        Assert.Equal(ids.Count, await check.Notes.CountAsync(n => ids.Contains(n.Id)));
        Assert.Equal(1, await check.Notes.CountAsync(n => n.Text == "bulk again"));
    }
}

/// <summary>A database with one walled table of notes, one of München and one of Stuttgart, and the service role's rights.</summary>
public sealed class WalledNotes : IAsyncLifetime
{
    public static readonly Ags Munich = Ags.Parse("09162000");
    public static readonly Ags Stuttgart = Ags.Parse("08111000");

    private readonly PostgresDatabase _database = new();

    public string ServiceRole => ServiceDatabases.AsServiceRole(_database.ConnectionString, new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database!);

    public async Task InitializeAsync()
    {
        await using var owner = new NotesDbContext(new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(_database.ConnectionString).Options, new TenantContext());
        await owner.Database.EnsureCreatedAsync();
        // As in a migrated database, whose history the service role is denied.
        await owner.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        var migration = new MigrationBuilder(owner.Database.ProviderName);
        migration.AddTenantRowSecurity("Notes");
        foreach (var sql in migration.Operations.Cast<SqlOperation>()) await owner.Database.ExecuteSqlRawAsync(sql.Sql);
        await ServiceDatabases.GrantAsync(owner);
        foreach (var (tenant, text) in new[] { (Munich, "München"), (Stuttgart, "Stuttgart") })
        {
            await using var db = Context(tenant);
            db.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = tenant.Value, Text = text });
            await db.SaveChangesAsync();
        }
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    /// <summary>A context as the service role (or on <paramref name="connectionString"/>), for <paramref name="tenant"/> or none.</summary>
    public NotesDbContext Context(Ags? tenant, string? connectionString = null)
    {
        var context = new TenantContext();
        if (tenant is { } t) context.Set(t);
        return new NotesDbContext(new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(connectionString ?? ServiceRole).Options, context);
    }
}
