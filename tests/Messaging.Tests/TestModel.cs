using GutAusgestattet.Contracts;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging.Tests;

public sealed class Note : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = null!;

    public string Text { get; set; } = null!;

    /// <summary>Incremented by a consumer: shows how often a message changed state.</summary>
    public int Count { get; set; }
}

/// <summary>One row many messages change at once: its claim is a concurrency token, so concurrent changes collide.</summary>
public sealed class Tally : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = null!;

    public int Count { get; set; }

    public int Claims { get; set; }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Like every service's model, the test model carries the outbox's tables.
        modelBuilder.AddOutboxModel();
        modelBuilder.Entity<Note>().HasKey(n => n.Id);
        modelBuilder.Entity<Tally>().Property(t => t.Claims).IsConcurrencyToken();
    }
}

public sealed record NoteCreated(string TenantId, Guid NoteId, string Text) : ITenantEvent;

public sealed record CountNote(string TenantId, Guid NoteId) : ITenantEvent;

public sealed record CountTally(string TenantId, Guid TallyId) : ITenantEvent;

public sealed record PoisonPill(string TenantId, Guid Id) : ITenantEvent;

public sealed record CreateNote(string TenantId, Guid NoteId, bool FailAfterPublish) : ITenantEvent;
