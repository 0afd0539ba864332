using GutAusgestattet.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Messaging.Tests;

public sealed class OutageFixture : IAsyncLifetime
{
    public OutageNode Node { get; } = new("msgoutage", 5673);

    public MessagingHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Node.Start();
        // One counted attempt would park a message: an outage must count none.
        Host = await MessagingHost.StartAsync(bus => bus.AddConsumer<NoteCreatedConsumer>(), Node.Uri,
            new Dictionary<string, string?> { ["Messaging:OutboxMaxAttempts"] = "1" });
    }

    public async Task DisposeAsync()
    {
        // Start again in case a failed test left it down, so the queues can be cleaned up; then stop for good.
        await Node.Start();
        await Host.DisposeAsync();
        await Node.Stop();
    }
}

/// <summary>The outbox keeps what services publish while the broker is down and delivers it once it is back, parking nothing.</summary>
public sealed class OutageTests(OutageFixture fixture) : IClassFixture<OutageFixture>
{
    private const string Tenant = "09162000";
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Message_written_while_the_broker_is_stopped_is_delivered_after_it_is_started_again()
    {
        // The consumer queue exists and is durable before the outage, as in production.
        var before = await PublishAndSave("before the outage");
        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == before), because: "the first event arrived");

        await fixture.Node.Stop();
        var during = await PublishAndSave("during the outage");
        Assert.True(await Host.Query(Tenant, db => db.Set<OutboxMessage>().AnyAsync()), "the event waits in the outbox");

        await fixture.Node.Start();
        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == during), TimeSpan.FromSeconds(60),
            "the event written during the outage arrived");
        var seen = Host.Recorder.All.Single(s => s.Message is NoteCreated created && created.NoteId == during);
        Assert.Equal(Tenant, seen.TenantHeader);
        Assert.True(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => n.Id == during)));
        Assert.False(await Host.Query(Tenant, db => db.Set<OutboxMessage>().AnyAsync(m => m.Parked != null || m.DeliveryAttempts > 0)), "the outage parked nothing");
    }

    private async Task<Guid> PublishAndSave(string text)
    {
        var noteId = Guid.NewGuid();
        await using var scope = Host.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.Notes.Add(new Note { Id = noteId, TenantId = Tenant, Text = text });
        await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteCreated(Tenant, noteId, text));
        await db.SaveChangesAsync();
        return noteId;
    }
}
