using GutAusgestattet.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Messaging.Tests;

public sealed class ParkingFixture : IAsyncLifetime
{
    public const int MaxAttempts = 3;

    public MessagingHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await MessagingHost.StartAsync(bus => bus.AddConsumer<NoteCreatedConsumer>(),
        settings: new Dictionary<string, string?> { ["Messaging:OutboxMaxAttempts"] = MaxAttempts.ToString() });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>An outbox message that can never be sent is parked after its attempts instead of holding back every message written after it.</summary>
public sealed class ParkingTests(ParkingFixture fixture) : IClassFixture<ParkingFixture>
{
    private const string Tenant = "09162000";
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task The_parked_outbox_message_lets_the_next_ones_through()
    {
        using var parkings = new OutboxInstrument("messaging.outbox.parked");
        var poison = await WriteUnreadableOutbox();
        var good = new[] { await PublishAndSave("after the poison"), await PublishAndSave("and another") };

        await Recorder.Until(() => good.All(id => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == id)), TimeSpan.FromSeconds(30),
            "the messages behind the poison arrived");

        // Sent beside it, they need not wait for it; it is parked once its attempts are used up.
        await Recorder.Until(async () => await Host.Query(Tenant, db => db.Set<OutboxMessage>().AnyAsync(m => m.Parked != null)), TimeSpan.FromSeconds(60),
            "the poison was parked");
        var parked = await Host.Query(Tenant, db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageId == poison));
        Assert.Equal(ParkingFixture.MaxAttempts, parked.DeliveryAttempts);
        Assert.Contains("cannot be read back", parked.LastDeliveryError);
        Assert.Equal(1, parkings.Sum);
        await Recorder.Until(async () => !await Host.Query(Tenant, db => db.Set<OutboxState>().AnyAsync()), because: "every outbox is done with");
    }

    /// <summary>A committed outbox whose only message has headers no deserializer reads, written before the good ones.</summary>
    private async Task<Guid> WriteUnreadableOutbox()
    {
        var outboxId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.Add(new OutboxState { OutboxId = outboxId, LockId = Guid.NewGuid(), Created = DateTime.UtcNow.AddMinutes(-1) });
        db.Add(new OutboxMessage
        {
            OutboxId = outboxId, MessageId = messageId, ContentType = "application/vnd.masstransit+json",
            MessageType = $"urn:message:{typeof(NoteCreated).Namespace}:{nameof(NoteCreated)}", Body = "{}", Headers = "{not json",
            DestinationAddress = new Uri($"exchange:{typeof(NoteCreated).Namespace}:{nameof(NoteCreated)}"), SentTime = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return messageId;
    }

    private async Task<Guid> PublishAndSave(string text)
    {
        var noteId = Guid.NewGuid();
        await Host.PublishAndSaveAsync(Tenant, new NoteCreated(Tenant, noteId, text));
        return noteId;
    }
}
