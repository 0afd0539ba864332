using GutAusgestattet.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Messaging.Tests;

public sealed class ConsumeFixture : IAsyncLifetime
{
    public MessagingHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await MessagingHost.StartAsync(bus =>
    {
        bus.AddConsumer<NoteCreatedConsumer>();
        bus.AddConsumer<CountNoteConsumer>();
        bus.AddConsumer<CountTallyConsumer>();
        bus.AddConsumer<PoisonPillConsumer>();
        bus.AddConsumer<CreateNoteConsumer>();
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Consumers run behind the inbox, scoped to the message's tenant, with retries, redelivery and an error queue.</summary>
public sealed class ConsumeTests(ConsumeFixture fixture) : IClassFixture<ConsumeFixture>
{
    private const string Tenant = "09162000";
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Messages_that_collide_on_one_row_are_retried_in_process_and_none_goes_back_to_the_broker()
    {
        var tallyId = Guid.NewGuid();
        await using (var scope = Host.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            db.Tallies.Add(new Tally { Id = tallyId, TenantId = Tenant });
            await db.SaveChangesAsync();
        }

        var endpoint = await Host.EndpointOfAsync<CountTallyConsumer>();
        var ids = Enumerable.Range(0, 12).Select(_ => NewId.NextGuid()).ToList();
        // All in the queue at once: consumed concurrently, they collide on the tally's claim.
        await Task.WhenAll(ids.Select(id => endpoint.Send(new CountTally(Tenant, tallyId), context => context.MessageId = id)));

        await Recorder.Until(() => ids.All(id => Host.Recorder.CompletedCount(id) > 0), TimeSpan.FromSeconds(30), "every message was received");
        Assert.Equal(12, await Host.Query(Tenant, db => db.Tallies.Where(t => t.Id == tallyId).Select(t => t.Count).SingleAsync()));
        // A redelivery (the message retries used up on collisions) would have received a message a second time.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(ids, id => Assert.Equal(1, Host.Recorder.CompletedCount(id)));
    }

    [Fact]
    public async Task Same_message_delivered_twice_changes_the_consumer_state_once()
    {
        var noteId = await Host.AddNoteAsync(Tenant, "counted");

        var messageId = NewId.NextGuid();
        var endpoint = await Host.EndpointOfAsync<CountNoteConsumer>();
        // Both copies are in the queue at once, so they may even be consumed concurrently.
        await Task.WhenAll(
            endpoint.Send(new CountNote(Tenant, noteId), context => context.MessageId = messageId),
            endpoint.Send(new CountNote(Tenant, noteId), context => context.MessageId = messageId));

        await Recorder.Until(() => Host.Recorder.CompletedCount(messageId) == 2, because: "both copies were received");
        Assert.Equal(1, await Host.Query(Tenant, db => db.Notes.Where(n => n.Id == noteId).Select(n => n.Count).SingleAsync()));
        Assert.Single(Host.Recorder.Messages<CountNote>(), m => m.NoteId == noteId);
    }

    [Fact]
    public async Task Poison_message_is_retried_redelivered_then_parked_in_the_error_queue_with_the_reason()
    {
        var id = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var queue = Host.QueueOf<PoisonPillConsumer>();
        var endpoint = await Host.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{queue}"));
        await endpoint.Send(new PoisonPill(Tenant, id), context => context.MessageId = messageId);

        var headers = await Broker.ReadError(MessagingHost.SharedBroker, queue, messageId);

        Assert.Equal(typeof(InvalidOperationException).FullName, headers["MT-Fault-ExceptionType"]);
        Assert.Contains($"Poison pill {id} cannot be digested.", headers["MT-Fault-Message"]);
        Assert.Equal("1", headers["MT-Redelivery-Count"]);
        Assert.Equal(Tenant, headers["tenant"]);
        // One delivery and one redelivery, each tried once and retried twice.
        Assert.Equal(6, Host.Recorder.Messages<PoisonPill>().Count(m => m.Id == id));
    }

    [Theory]
    [InlineData(null, "no tenant header")]
    [InlineData("9162000", "an AGS of seven digits")]
    [InlineData("99162000", "a state code beyond 16")]
    [InlineData("05315000", "a header naming another tenant than the body")]
    public async Task Message_without_a_valid_matching_tenant_is_refused_without_running_the_consumer(string? header, string _)
    {
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var queue = Host.QueueOf<NoteCreatedConsumer>();
        await Broker.SendRaw(MessagingHost.SharedBroker, queue, messageId, new NoteCreated(Tenant, noteId, "forged"), header);

        var headers = await Broker.ReadError(MessagingHost.SharedBroker, queue, messageId);

        Assert.Equal(typeof(MessageTenantException).FullName, headers["MT-Fault-ExceptionType"]);
        Assert.False(headers.ContainsKey("MT-Redelivery-Count"), "a refused message is not redelivered");
        Assert.DoesNotContain(Host.Recorder.Messages<NoteCreated>(), m => m.NoteId == noteId);
    }

    [Fact]
    public async Task Forged_message_with_a_valid_matching_tenant_is_consumed()
    {
        // The control for the refusals above: the same raw path works when the tenant is right.
        var noteId = Guid.NewGuid();
        await Broker.SendRaw(MessagingHost.SharedBroker, Host.QueueOf<NoteCreatedConsumer>(), NewId.NextGuid(),
            new NoteCreated(Tenant, noteId, "forged but right"), Tenant);

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == noteId), because: "the message was consumed");
    }

    [Fact]
    public async Task Consumer_data_and_published_event_commit_together()
    {
        var noteId = Guid.NewGuid();
        var endpoint = await Host.EndpointOfAsync<CreateNoteConsumer>();
        await endpoint.Send(new CreateNote(Tenant, noteId, FailAfterPublish: false));

        await Recorder.Until(() => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == noteId), because: "the consumer's event arrived");
        var seen = Host.Recorder.All.Single(s => s.Message is NoteCreated created && created.NoteId == noteId);
        Assert.Equal(Tenant, seen.TenantHeader);
        Assert.True(await Host.Query(Tenant, db => db.Notes.AnyAsync(n => n.Id == noteId)));
    }

    [Fact]
    public async Task Consumer_that_throws_after_publishing_publishes_nothing_and_stores_nothing()
    {
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var queue = Host.QueueOf<CreateNoteConsumer>();
        var endpoint = await Host.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{queue}"));
        await endpoint.Send(new CreateNote(Tenant, noteId, FailAfterPublish: true), context => context.MessageId = messageId);

        // Once it is in the error queue every attempt is over; a publish would have been delivered before.
        await Broker.ReadError(MessagingHost.SharedBroker, queue, messageId);

        Assert.True(Host.Recorder.Messages<CreateNote>().Count(m => m.NoteId == noteId) > 1, "the consumer ran, and was retried");
        Assert.DoesNotContain(Host.Recorder.Messages<NoteCreated>(), m => m.NoteId == noteId);
        Assert.False(await Host.Query(Tenant, db => db.Notes.IgnoreQueryFilters().AnyAsync(n => n.Id == noteId)));
        Assert.False(await Host.Query(Tenant, db => db.Set<OutboxMessage>().AnyAsync(m => m.InboxMessageId == messageId)));
    }
}
