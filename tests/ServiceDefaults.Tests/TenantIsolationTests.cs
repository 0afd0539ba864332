using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>The query filters and the save guard of <see cref="TenantDbContext"/>, on real PostgreSQL.</summary>
public sealed class TenantIsolationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Ags Munich = Ags.Parse("09162000");
    private static readonly Ags Stuttgart = Ags.Parse("08111000");

    public async Task InitializeAsync()
    {
        await using var db = Context(null);
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private NotesDbContext Context(Ags? tenant)
    {
        var context = new TenantContext();
        if (tenant is { } t) context.Set(t);
        return new NotesDbContext(new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(database.ConnectionString).Options, context);
    }

    private async Task<Guid> AddNote(Ags tenant, string text)
    {
        await using var db = Context(tenant);
        var note = new Note { Id = Guid.NewGuid(), TenantId = tenant.Value, Text = text };
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_rows()
    {
        var munich = await AddNote(Munich, "München");
        var stuttgart = await AddNote(Stuttgart, "Stuttgart");

        await using var db = Context(Munich);
        var visible = await db.Notes.Select(n => n.Id).ToListAsync();
        Assert.Contains(munich, visible);
        Assert.DoesNotContain(stuttgart, visible);
        Assert.Null(await db.Notes.SingleOrDefaultAsync(n => n.Id == stuttgart));
    }

    [Fact]
    public async Task A_scope_without_tenant_sees_nothing()
    {
        await AddNote(Munich, "visible only to München");
        await using var db = Context(null);
        Assert.Empty(await db.Notes.ToListAsync());
    }

    [Fact]
    public async Task Saving_a_row_of_another_tenant_throws_and_writes_nothing()
    {
        await using (var db = Context(Munich))
        {
            db.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = Stuttgart.Value, Text = "smuggled" });
            await Assert.ThrowsAsync<TenantScopeException>(() => db.SaveChangesAsync());
        }
        await using var stuttgart = Context(Stuttgart);
        Assert.DoesNotContain(await stuttgart.Notes.ToListAsync(), n => n.Text == "smuggled");
    }

    [Fact]
    public async Task Saving_without_a_tenant_throws()
    {
        await using var unscoped = Context(null);
        unscoped.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = Munich.Value, Text = "no scope" });
        await Assert.ThrowsAsync<TenantScopeException>(() => unscoped.SaveChangesAsync());

        await using var scoped = Context(Munich);
        scoped.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = "", Text = "no owner" });
        await Assert.ThrowsAsync<TenantScopeException>(() => scoped.SaveChangesAsync());
    }

    [Fact]
    public async Task Changing_or_deleting_another_tenants_row_throws()
    {
        var id = await AddNote(Stuttgart, "Stuttgart's");
        await using var db = Context(Munich);
        var foreign = new Note { Id = id, TenantId = Stuttgart.Value, Text = "Stuttgart's" };
        db.Notes.Attach(foreign).State = EntityState.Deleted;
        await Assert.ThrowsAsync<TenantScopeException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_staged_row_of_another_tenant_is_refused_when_taken()
    {
        await using var db = Context(Munich);
        using (db.StageAddedRows())
        {
            db.AddRow(new Note { Id = Guid.NewGuid(), TenantId = Stuttgart.Value, Text = "smuggled in bulk" });
            Assert.Throws<TenantScopeException>(() => db.TakeStagedRows());
        }
    }

    [Fact]
    public async Task Saving_while_staged_rows_are_not_taken_throws_so_none_is_lost()
    {
        await using var db = Context(Munich);
        using var staging = db.StageAddedRows();
        db.AddRow(new Note { Id = Guid.NewGuid(), TenantId = Munich.Value, Text = "staged" });
        Assert.Empty(db.ChangeTracker.Entries());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

public sealed class Note : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Text { get; set; }
}

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>();
}
