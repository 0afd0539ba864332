using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GutAusgestattet.Messaging.Tests;

public sealed class BusOutboxFixture : IAsyncLifetime
{
    public MessagingHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await MessagingHost.StartAsync(bus => bus.AddConsumer<NoteCreatedConsumer>());

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Services publish through the outbox in their DbContext: event and data commit together or not at all.</summary>
public sealed class BusOutboxTests(BusOutboxFixture fixture) : IClassFixture<BusOutboxFixture>
{
    private const string Tenant = "09162000";
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Publish_then_SaveChanges_delivers_the_event_with_the_tenant_header()
    {
        var noteId = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            db.Notes.Add(new Note { Id = noteId, TenantId = Tenant, Text = "hello" });
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, noteId, "hello"));
            await db.SaveChangesAsync();
        }

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == noteId), because: "the event arrived");
        var seen = Host.Recorder.All.Single(s => s.Message is NoteCreated created && created.NoteId == noteId);
        Assert.Equal(Tenant, seen.TenantHeader);
        Assert.True(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => n.Id == noteId)));
        await Recorder.Until(OutboxIsEmpty, because: "the delivered row left the outbox");
    }

    [Fact]
    public async Task Delivery_follows_the_commit_within_milliseconds_not_a_poll_interval()
    {
        // The first delivery pays for warming up EF and the send endpoint; measure the second.
        await PublishAndWait(TimeSpan.FromSeconds(20));

        // The poll interval is ten seconds here: arriving far sooner proves the commit woke the service.
        await PublishAndWait(TimeSpan.FromSeconds(1));
    }

    private async Task PublishAndWait(TimeSpan timeout)
    {
        var noteId = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, noteId, "fast"));
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().SaveChangesAsync();
        }

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == noteId), timeout, "the event arrived");
    }

    [Fact]
    public async Task A_backlog_of_outboxes_is_delivered_in_one_transaction_with_its_confirms_awaited_together()
    {
        const int backlog = 40;
        using var batches = new OutboxInstrument("messaging.outbox.batch");
        var ids = Enumerable.Range(0, backlog).Select(_ => Guid.NewGuid()).ToList();
        // Holding the delivery lock keeps the service waiting while the answers of a campaign morning commit, one outbox each.
        await using (var lockScope = Host.Services.CreateAsyncScope())
        await using (await DatabaseLock.AcquireAsync(lockScope.ServiceProvider.GetRequiredService<TestDbContext>(), "outbox-delivery", CancellationToken.None))
            foreach (var id in ids)
                await Host.PublishAndSaveAsync(Tenant, new NoteCreated(Tenant, id, "backlog"));

        await Recorder.Until(() => ids.All(id => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == id)), because: "the backlog arrived");
        await Recorder.Until(OutboxIsEmpty, because: "the backlog left the outbox");
        Assert.Contains(batches.Values, size => size >= backlog);
    }

    [Fact]
    public async Task Publish_without_SaveChanges_never_delivers()
    {
        var lost = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, lost, "never saved"));

        await AssertNeverDelivered(lost);
    }

    [Fact]
    public async Task Failing_SaveChanges_neither_stores_the_data_nor_delivers_the_event()
    {
        var lost = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            // A row of another tenant makes SaveChanges throw before anything reaches the database.
            db.Notes.Add(new Note { Id = lost, TenantId = "05315000", Text = "wrong tenant" });
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, lost, "failing save"));
            await Assert.ThrowsAsync<TenantScopeException>(() => db.SaveChangesAsync());
        }

        await AssertNeverDelivered(lost);
        Assert.False(await Host.Query(Tenant, db => db.Notes.IgnoreQueryFilters().AnyAsync(n => n.Id == lost)));
    }

    [Fact]
    public async Task Rolled_back_transaction_neither_stores_the_data_nor_delivers_the_event()
    {
        var lost = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            // With retries on failure, EF runs an explicit transaction only as a retriable unit.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Notes.Add(new Note { Id = lost, TenantId = Tenant, Text = "rolled back" });
                await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, lost, "rolled back"));
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
        }

        await AssertNeverDelivered(lost);
        Assert.False(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => n.Id == lost)));
    }

    [Fact]
    public async Task Committed_transaction_stores_the_data_and_delivers_the_event()
    {
        var noteId = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Notes.Add(new Note { Id = noteId, TenantId = Tenant, Text = "committed" });
                await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, noteId, "committed"));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == noteId), because: "the event arrived");
        Assert.True(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => n.Id == noteId)));
    }

    [Fact]
    public async Task Rows_staged_and_copied_in_bulk_commit_with_their_events_one_outbox_row_per_copy_in_publish_order()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        await StageAndCopyInTransaction(ids, async (db, transaction) =>
        {
            var written = await db.Set<OutboxMessage>().OrderBy(m => m.SequenceNumber).Select(m => new { m.OutboxId, m.Body }).ToListAsync();
            var ours = written.Where(m => ids.Any(id => m.Body.Contains(id.ToString()))).ToList();
            Assert.Equal(ids, ours.Select(m => ids.Single(id => m.Body.Contains(id.ToString()))));
            // Staged state rows are pending like tracked ones: the messages of one copy share one.
            Assert.Equal(2, ours.Select(m => m.OutboxId).Distinct().Count());
            Assert.Equal(ours[0].OutboxId, ours[2].OutboxId);
            await transaction.CommitAsync();
        });

        await Recorder.Until(() => ids.All(id => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == id)), because: "every event arrived");
        Assert.Equal(ids.Count, await Host.Query(Tenant, db => db.Notes.CountAsync(n => ids.Contains(n.Id))));
    }

    [Fact]
    public async Task Rows_staged_and_copied_in_bulk_then_rolled_back_leave_neither_data_nor_events()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        await StageAndCopyInTransaction(ids, (_, transaction) => transaction.RollbackAsync());

        await AssertNeverDelivered([.. ids]);
        Assert.False(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => ids.Contains(n.Id))));
    }

    /// <summary>What a bulk import does: rows and events staged outside the change tracker, copied in two takes, in one transaction that <paramref name="end"/> ends.</summary>
    private async Task StageAndCopyInTransaction(List<Guid> ids, Func<TestDbContext, IDbContextTransaction, Task> end)
    {
        await using var scope = Host.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await StageAndCopy(scope, ids);
            await end(db, transaction);
        });
    }

    private static async Task StageAndCopy(AsyncServiceScope scope, List<Guid> ids)
    {
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        using var staging = db.StageAddedRows();
        foreach (var half in ids.Chunk(ids.Count / 2))
        {
            foreach (var id in half)
            {
                db.AddRow(new Note { Id = id, TenantId = Tenant, Text = "bulk" });
                await publisher.Publish(new NoteCreated(Tenant, id, "bulk"));
            }
            Assert.Empty(db.ChangeTracker.Entries());
            await BulkCopy.Take(db).WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), CancellationToken.None);
        }
    }

    /// <summary>
    /// Publishes and commits a marker after the lost event: once the marker arrived and the outbox
    /// is drained, the lost event would have arrived too, had it ever been committed.
    /// </summary>
    private async Task AssertNeverDelivered(params Guid[] lost)
    {
        var marker = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, marker, "marker"));
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().SaveChangesAsync();
        }

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == marker), because: "the marker arrived");
        await Recorder.Until(OutboxIsEmpty, because: "the outbox is drained");
        Assert.DoesNotContain(Host.Recorder.Messages<NoteCreated>(), m => lost.Contains(m.NoteId));
    }

    private async Task<bool> OutboxIsEmpty()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        return !await db.Set<OutboxMessage>().AnyAsync() && !await db.Set<OutboxState>().AnyAsync();
    }
}
